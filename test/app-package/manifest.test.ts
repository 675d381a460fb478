import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ManifestUtil } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { APP_PACKAGE_DIR, PlaceholderError, manifestSchemaFor, readManifest, resolvePlaceholders } from '../../src/app-package/manifest';

const devEnv = parseEnv(fs.readFileSync(path.resolve(__dirname, '..', '..', 'env', '.env.dev'), 'utf8'));

describe('app package', () => {
  it('validates against the published Teams schema once placeholders are resolved from env/.env.dev', async () => {
    const manifest = readManifest(devEnv);
    const schema = manifestSchemaFor(String(manifest.manifestVersion));
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest as never, schema as never);
    assert.deepEqual(errors, []);
  });

  it('is caught by the schema when a field is wrong', async () => {
    const manifest = { ...readManifest(devEnv), accentColor: 'blue' };
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest as never, manifestSchemaFor('1.20') as never);
    assert.ok(errors.some((e) => e.includes('accentColor')), errors.join('\n'));
  });

  it('offers the bot in personal, team and group chat scopes with a Norwegian name', () => {
    const manifest = readManifest(devEnv) as { bots: Array<{ scopes: string[] }>; name: { short: string } };
    assert.deepEqual(manifest.bots[0]?.scopes, ['personal', 'team', 'groupChat']);
    assert.match(manifest.name.short, /^Planassistenten/);
  });

  it('names a missing placeholder instead of leaving it empty', () => {
    assert.throws(() => resolvePlaceholders('{"id":"${{TEAMS_APP_ID}}"}', {}), {
      name: 'PlaceholderError',
      message: 'Mangler verdi for TEAMS_APP_ID i miljøfilen.',
    });
    assert.ok(new PlaceholderError('x') instanceof Error);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon in white on transparent', () => {
    const color = PNG.sync.read(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')));
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = PNG.sync.read(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png')));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else assert.ok(r === 255 && g === 255 && b === 255, `pixel ${i / 4} is not white`);
    }
    assert.ok(transparent > 0, 'outline has no transparent pixels');
  });
});
