/**
 * Builds the Teams tab's client (tab/) into tab/dist with Vite. `--if-stale` skips the build when
 * tab/dist was built from the same sources, recorded as a hash in tab/dist/.build-stamp, so
 * `npm install` (the prepare script) and `npm start` build it only when something changed.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'tab', 'dist');
const STAMP = path.join(DIST, '.build-stamp');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Everything the bundle is made from: the client, the API types it shares, the locked packages. */
function inputs(): string[] {
  const fixed = ['tab/index.html', 'tab/vite.config.mts', 'tab/tsconfig.json', 'src/tab/api-types.ts', 'package-lock.json'].map((f) => path.join(ROOT, f));
  return [...fixed, ...walk(path.join(ROOT, 'tab', 'src'))].filter((f) => fs.existsSync(f)).sort();
}

/** A hash of the inputs' paths and contents; the same sources always give the same stamp. */
export function sourceStamp(): string {
  const hash = createHash('sha256');
  for (const f of inputs()) hash.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return hash.digest('hex');
}

export function isStale(): boolean {
  if (!fs.existsSync(path.join(DIST, 'index.html')) || !fs.existsSync(STAMP)) return true;
  return fs.readFileSync(STAMP, 'utf8').trim() !== sourceStamp();
}

function viteBin(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('vite/package.json', { paths: [ROOT] })), 'bin', 'vite.js');
  } catch {
    return undefined;
  }
}

/** Builds when needed; returns false (and says why) when it could not, without failing an install. */
export function ensureTabBuilt(options: { force?: boolean } = {}): boolean {
  if (!options.force && !isStale()) return true;
  const vite = viteBin();
  if (!vite) {
    process.stderr.write('Fanen (tab/) ble ikke bygget: Vite er ikke installert (npm install uten --omit=dev bygger den).\n');
    return false;
  }
  const run = spawnSync(process.execPath, [vite, 'build', '--config', path.join(ROOT, 'tab', 'vite.config.mts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write('Bygging av fanen (tab/) feilet; se meldingene over.\n');
    return false;
  }
  fs.writeFileSync(STAMP, `${sourceStamp()}\n`);
  return true;
}

if (require.main === module) {
  const ifStale = process.argv.includes('--if-stale');
  const ok = ensureTabBuilt({ force: !ifStale });
  // An install must not fail for the tab alone (the bot still runs); an explicit build must.
  process.exit(ok || ifStale ? 0 : 1);
}
