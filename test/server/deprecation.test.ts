import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('loading the HTTP adapter', () => {
  it('prints no deprecation warning, while a warning emitted afterwards still shows', function () {
    this.timeout(30_000);
    // A fresh process: Node prints each deprecation once per process, so mocha's own would hide
    // it. restify 11 loaded spdy → http-deceiver, which calls process.binding('http_parser'):
    // DEP0111 on Node 20 and 22, and "No such module: http_parser" on Node 24.
    const script = [
      "require('./src/server/restify-adapter');",
      "process.emitWarning('still visible', 'DeprecationWarning', 'DEP0999');",
    ].join('');
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const warnings = run.stderr.match(/\[DEP\d+\]/g) ?? [];
    assert.deepEqual(warnings, ['[DEP0999]'], run.stderr);
  });
});
