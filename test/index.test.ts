import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Starts the bot as `npm run start:bot` does, with only these settings; it is expected to stop. */
function start(env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', 'src/index.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    // APP_ENV empty: no env/.env.local, so only what the test sets counts. PORT 1: never bound.
    env: { PATH: process.env.PATH ?? '', APP_ENV: '', PORT: '1', ...env },
    timeout: 10_000,
  });
  return { status: run.status, signal: run.signal, stderr: run.stderr };
}

describe('starting the bot with a setting that cannot work', function () {
  this.timeout(60_000);

  it('a DATA_DIR that cannot be created stops the start with a message naming it (it used to spin for ever)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-datadir-')), 'a-file');
    fs.writeFileSync(file, '');
    const cases: Array<[string, RegExp]> = [[path.join(file, 'data'), /er ikke en mappe/]];
    if (fs.existsSync('/proc/1')) cases.push(['/proc/1/nope', /mappen \/proc\/1\/nope kan ikke opprettes \(ENOENT\)/]);
    for (const [dir, why] of cases) {
      const run = start({ DATA_DIR: dir });
      assert.equal(run.signal, null, `still running after 10 s with DATA_DIR=${dir}`);
      assert.equal(run.status, 78, run.stderr);
      assert.match(run.stderr, new RegExp(`Kan ikke starte: DATA_DIR=${dir.replace(/[/.]/g, '\\$&')} kan ikke brukes: `));
      assert.match(run.stderr, why);
    }
  });

  it('a storage connection string that cannot be read stops the start with a message naming it', () => {
    const run = start({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: 'garbage' });
    assert.equal(run.status, 78, run.stderr);
    assert.match(run.stderr, /^Kan ikke starte: AZURE_STORAGE_CONNECTION_STRING kan ikke leses: /m);
    assert.doesNotMatch(run.stderr, /Cannot read properties/);
  });
});
