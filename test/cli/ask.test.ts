import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SAMPLE = join(ROOT, 'data', 'eksempel-kommune');

function ask(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['src/cli/ask.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KNOWLEDGE_DIR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ask CLI', function () {
  this.timeout(30000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vinr-ask-'));
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a batch in input order, one JSON line per input, with an error line for a bad line', () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"q1","q":"Hva er avvergeplikt?"}',
        '{"id":"q2","q":"når går bussen?"}',
        'dette er ikke json',
        '{"id":"q4"}',
        '',
        '{"id":"q5","q":"Eleven tør ikke gå hjem, faren truer med kniv"}',
      ].join('\n'),
    );
    const r = ask(['--docs', SAMPLE, '--batch', file, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      lines.map((l) => l.id),
      ['q1', 'q2', null, 'q4', 'q5'],
    );
    assert.equal(lines[0]!.answered, true);
    const citations = lines[0]!.citations as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(citations[0]!).sort(), ['document', 'page', 'score', 'section', 'text']);
    assert.ok(citations.every((c) => (c.text as string).length <= 1000));
    assert.equal(lines[1]!.answered, false);
    assert.deepEqual(lines[1]!.citations, []);
    assert.equal(lines[2]!.line, 3);
    assert.match(String(lines[2]!.error), /JSON/);
    assert.match(String(lines[3]!.error), /q/);
    assert.equal(lines[4]!.emergency, true);
  });

  it('answers one question as JSON', () => {
    const r = ask(['--docs', SAMPLE, '--top', '2', '--json', 'Hvem har ansvar for En uke mot vold?']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { answered: boolean; citations: unknown[]; answer: string };
    assert.equal(out.answered, true);
    assert.ok(out.citations.length <= 2);
    assert.match(out.answer, /SLT-koordinator/);
  });

  it('exits with code 2 and a message when the folder is missing', () => {
    const r = ask(['--docs', join(dir, 'finnes-ikke'), 'hva er meldeplikt?']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /finnes-ikke/);
  });

  it('exits with code 2 when the batch file cannot be read', () => {
    const r = ask(['--docs', SAMPLE, '--batch', join(dir, 'mangler.jsonl'), '--json']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /mangler\.jsonl/);
  });
});
