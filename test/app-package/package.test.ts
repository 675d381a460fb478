import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { parseEnv } from 'node:util';
import { APP_PACKAGE_DIR, manifestSchemaFor } from '../../src/app-package/manifest';
import { buildAppPackage, packagePath, readEnvFiles } from '../../src/app-package/package';

const ROOT = path.resolve(__dirname, '..', '..');

/** Only the committed sample, so a developer's env/.env.dev.user cannot change what is tested. */
function committedDevEnv(): Record<string, string> {
  return parseEnv(fs.readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8')) as Record<string, string>;
}

/** A copy of appPackage/ in a temp folder, so a test can break one file without touching the real one. */
function copyOfAppPackage(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apppkg-'));
  for (const f of fs.readdirSync(APP_PACKAGE_DIR)) {
    if (fs.statSync(path.join(APP_PACKAGE_DIR, f)).isFile()) fs.copyFileSync(path.join(APP_PACKAGE_DIR, f), path.join(dir, f));
  }
  edit(dir);
  return dir;
}

describe('building the Teams app package', () => {
  it('zips a schema-valid manifest and the two icons from the committed env/.env.dev samples', async () => {
    const env = committedDevEnv();
    const result = await buildAppPackage(env);
    assert.ok(result.ok, result.ok ? '' : result.problems.join('\n'));
    const zip = await JSZip.loadAsync(result.zip);
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, manifestSchemaFor(manifest.manifestVersion) as never);
    assert.deepEqual(errors, []);
    assert.equal(manifest.id, env.TEAMS_APP_ID);
    assert.equal(manifest.bots[0].botId, env.BOT_ID);
    assert.deepEqual(manifest.validDomains, [env.BOT_DOMAIN]);
    assert.ok(!JSON.stringify(manifest).includes('${{'), 'a placeholder was left in the manifest');

    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    assert.deepEqual([color.width, color.height, outline.width, outline.height], [192, 192, 32, 32]);
  });

  it('builds byte-identical zips from identical input', async () => {
    const env = committedDevEnv();
    const [a, b] = await Promise.all([buildAppPackage(env), buildAppPackage(env)]);
    assert.ok(a.ok && b.ok);
    assert.ok(a.zip.equals(b.zip));
  });

  it('refuses, naming the variable, when a placeholder has no value', async () => {
    const env = committedDevEnv();
    delete env.BOT_ID;
    const result = await buildAppPackage(env);
    assert.deepEqual(result, { ok: false, problems: ['Mangler verdi for BOT_ID i miljøfilen.'] });
  });

  it('refuses a manifest the schema rejects, naming the field', async () => {
    const env = committedDevEnv();
    const result = await buildAppPackage({ ...env, TEAMS_APP_ID: 'ikke-en-guid' });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problems.some((p) => p.startsWith('Manifestet er ugyldig:') && p.includes('/id')), JSON.stringify(result));
  });

  it('refuses an icon of the wrong size', async () => {
    const dir = copyOfAppPackage((d) => fs.copyFileSync(path.join(d, 'outline.png'), path.join(d, 'color.png')));
    const result = await buildAppPackage(committedDevEnv(), dir);
    assert.deepEqual(result, { ok: false, problems: ['Ikonet color.png er 32×32, må være 192×192.'] });
    fs.rmSync(dir, { recursive: true });
  });

  it('lets env/.env.<name>.user override the committed sample, and rejects odd environment names', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'envfiles-'));
    fs.mkdirSync(path.join(root, 'env'));
    fs.writeFileSync(path.join(root, 'env', '.env.test'), 'BOT_ID=sample\nBOT_DOMAIN=a.example\n');
    fs.writeFileSync(path.join(root, 'env', '.env.test.user'), 'BOT_ID=real\n');
    assert.deepEqual(readEnvFiles('test', root), { env: { BOT_ID: 'real', BOT_DOMAIN: 'a.example' }, read: ['env/.env.test', 'env/.env.test.user'] });
    assert.throws(() => readEnvFiles('../etc', root), { name: 'PlaceholderError', message: 'Ugyldig miljønavn «../etc».' });
    assert.throws(() => readEnvFiles('prod', root), { name: 'PlaceholderError', message: 'Fant ikke env/.env.prod.' });
    fs.rmSync(root, { recursive: true });
  });

  it('writes to appPackage/build/appPackage.<env>.zip, where the Agents Toolkit puts it', () => {
    assert.equal(packagePath('dev'), path.join(APP_PACKAGE_DIR, 'build', 'appPackage.dev.zip'));
  });
});
