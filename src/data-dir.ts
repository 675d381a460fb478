import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-values';

/**
 * Makes sure DATA_DIR exists and can be written, or says why not. Node's recursive mkdir
 * loops for ever at full CPU where a parent exists but refuses new entries with ENOENT (for
 * example under /proc), so this creates the missing folders one at a time and stops at the
 * first refusal.
 */
export function prepareDataDir(dir: string): void {
  const full = path.resolve(dir);
  const missing: string[] = [];
  let at = full;
  while (!fs.existsSync(at)) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  const refuse = (why: string) =>
    new ConfigError(`DATA_DIR=${full} kan ikke brukes: ${why}. Velg en mappe boten kan opprette og skrive i.`);
  if (fs.existsSync(at) && !fs.statSync(at).isDirectory()) throw refuse(`${at} er ikke en mappe`);
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw refuse(`mappen ${folder} kan ikke opprettes (${code ?? String(err)})`);
    }
  }
  try {
    fs.accessSync(full, fs.constants.W_OK);
  } catch {
    throw refuse('boten har ikke skrivetilgang');
  }
}
