import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('loading the HTTP adapter', () => {
  it('prints no DEP0111 warning, and other deprecation warnings still show', function () {
    this.timeout(30_000);
    // A fresh process: Node prints each deprecation once per process, so mocha's own would hide it.
    const script = [
      "require('./src/server/restify-adapter');",
      "process.emitWarning('still visible', 'DeprecationWarning', 'DEP0999');",
    ].join('');
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /DEP0111/);
    assert.match(run.stderr, /DEP0999/);
  });
});
