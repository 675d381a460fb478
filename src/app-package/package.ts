import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ManifestUtil } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { APP_PACKAGE_DIR, PlaceholderError, manifestSchemaFor, resolvePlaceholders } from './manifest';

/** Icon sizes Teams requires; anything else is rejected at upload, so we refuse first. */
const ICON_SIZES = { color: 192, outline: 32 } as const;

/** A built package, or every problem that stops it (Norwegian, for whoever runs `npm run package`). */
export type PackageResult =
  | { ok: true; zip: Buffer; manifest: Record<string, unknown> }
  | { ok: false; problems: string[] };

/**
 * Reads env/.env.<name> and then env/.env.<name>.user, the later file winning, as the Agents
 * Toolkit does. Only these files count, so the package does not depend on the shell it ran in.
 */
export function readEnvFiles(name: string, root = path.resolve(APP_PACKAGE_DIR, '..')): { env: Record<string, string>; read: string[] } {
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(name)) throw new PlaceholderError(`Ugyldig miljønavn «${name}».`);
  const env: Record<string, string> = {};
  const read: string[] = [];
  for (const file of [`.env.${name}`, `.env.${name}.user`]) {
    const full = path.join(root, 'env', file);
    if (!fs.existsSync(full)) continue;
    Object.assign(env, parseEnv(fs.readFileSync(full, 'utf8')));
    read.push(`env/${file}`);
  }
  if (read.length === 0) throw new PlaceholderError(`Fant ikke env/.env.${name}.`);
  return { env, read };
}

/**
 * Builds the Teams app package (manifest.json and the two icons at the zip's root) after
 * resolving `${{NAME}}` placeholders and validating against the manifest's own schema version.
 */
export async function buildAppPackage(env: Record<string, string | undefined>, dir = APP_PACKAGE_DIR): Promise<PackageResult> {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(resolvePlaceholders(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'), env));
  } catch (err) {
    if (err instanceof PlaceholderError || err instanceof SyntaxError) return { ok: false, problems: [err.message] };
    throw err;
  }
  const problems: string[] = [];
  const version = String(manifest.manifestVersion ?? '');
  let schema: Record<string, unknown> | undefined;
  try {
    schema = manifestSchemaFor(version);
  } catch {
    problems.push(`Finner ikke skjema for manifestVersion «${version}».`);
  }
  if (schema) {
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest as never, schema as never);
    problems.push(...errors.map((e) => `Manifestet er ugyldig: ${e}`));
  }
  const icons = (manifest.icons ?? {}) as Record<string, string>;
  const files: Array<[string, Buffer]> = [];
  for (const kind of ['color', 'outline'] as const) {
    const name = icons[kind];
    const file = name ? path.join(dir, name) : '';
    if (!name || !fs.existsSync(file)) {
      problems.push(`Mangler ikonet ${kind} (${name ?? 'ikke oppgitt'}).`);
      continue;
    }
    const data = fs.readFileSync(file);
    const size = ICON_SIZES[kind];
    try {
      const png = PNG.sync.read(data);
      if (png.width !== size || png.height !== size) problems.push(`Ikonet ${name} er ${png.width}×${png.height}, må være ${size}×${size}.`);
    } catch {
      problems.push(`Ikonet ${name} er ikke en gyldig PNG.`);
    }
    files.push([name, data]);
  }
  if (problems.length > 0) return { ok: false, problems };

  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for identical input.
  const date = new Date('2000-01-01T00:00:00Z');
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n', { date });
  for (const [name, data] of files) zip.file(name, data, { date });
  return { ok: true, manifest, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
}

/** Where `npm run package -- --env <name>` writes its zip, as the Agents Toolkit names it. */
export function packagePath(name: string, dir = APP_PACKAGE_DIR): string {
  return path.join(dir, 'build', `appPackage.${name}.zip`);
}
