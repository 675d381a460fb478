import fs from 'node:fs';
import path from 'node:path';

export const APP_PACKAGE_DIR = path.resolve(__dirname, '..', '..', 'appPackage');

/** Raised when a `${{NAME}}` placeholder has no value in the chosen environment. */
export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
}

/**
 * Replaces the Agents Toolkit style `${{NAME}}` placeholders in manifest text with values from
 * an environment; a missing value is an error that names it, never an empty string.
 */
export function resolvePlaceholders(text: string, env: Record<string, string | undefined>): string {
  const missing = new Set<string>();
  const resolved = text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_m, name: string) => {
    const value = env[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    // Values land inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) throw new PlaceholderError(`Mangler verdi for ${[...missing].join(', ')} i miljøfilen.`);
  return resolved;
}

/** The manifest with placeholders resolved, parsed. */
export function readManifest(env: Record<string, string | undefined>, dir = APP_PACKAGE_DIR): Record<string, unknown> {
  return JSON.parse(resolvePlaceholders(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'), env));
}

/** The published JSON schema for a manifest version, as shipped in @microsoft/app-manifest. */
export function manifestSchemaFor(version: string): Record<string, unknown> {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
