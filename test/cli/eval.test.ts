import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, 'test', 'knowledge', 'fixtures', 'plans');

describe('eval CLI', function () {
  this.timeout(30000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vinr-eval-'));
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints hit@1, hit@3 and MRR@10 for a question set', () => {
    const file = join(dir, 'q.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"1","q":"Hvem har ansvar for fagkvelden?","expect":["Oppvekstsjefen"]}',
        '{"id":"2","q":"Hva er latent vold?","expect":["frykten for at volden skal komme igjen"]}',
      ].join('\n'),
    );
    const r = spawnSync(TSX, ['src/cli/eval.ts', '--docs', FIXTURES, '--questions', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { count: number; hit1: number; hit3: number; mrr10: number };
    assert.equal(report.count, 2);
    assert.equal(report.hit1, 1);
    assert.equal(report.hit3, 1);
    assert.equal(report.mrr10, 1);

    const text = spawnSync(TSX, ['src/cli/eval.ts', '--docs', FIXTURES, '--questions', file], { cwd: ROOT, encoding: 'utf8' });
    assert.match(text.stdout, /hit@1\s+1\.000/);
    assert.match(text.stdout, /hit@3\s+1\.000/);
    assert.match(text.stdout, /MRR@10\s+1\.000/);
  });

  it('exits with code 2 when the questions file is missing', () => {
    const r = spawnSync(TSX, ['src/cli/eval.ts', '--docs', FIXTURES, '--questions', join(dir, 'nei.jsonl')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /nei\.jsonl/);
  });
});
