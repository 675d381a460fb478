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

  it('marks a curated answer from the documents\' folder "curated": true, with its text as the answer and its source', () => {
    const r = ask(['--docs', SAMPLE, '--json', 'Hvilket telefonnummer gjelder på kveldstid når det gjelder barn?']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(out.curated, true);
    assert.equal(out.confident, true);
    assert.match(String(out.answer), /^Ring barnevernvakten på 400 00 004/);
    assert.deepEqual(out.source, { title: 'Handlingsveileder, «Hvem ringer du?»' });
    const without = JSON.parse(ask(['--docs', SAMPLE, '--json', '--no-curated', 'Hvilket telefonnummer gjelder på kveldstid når det gjelder barn?']).stdout) as Record<string, unknown>;
    assert.equal(without.curated, undefined);
    assert.ok(Array.isArray(without.citations));
  });

  it('reads a curated list named with --curated, and refuses one that is not there', () => {
    const file = join(dir, 'kuraterte.yaml');
    writeFileSync(file, '- { questions: [Hvor henger brannslukkeren?], answer: Ved døra., source: Husordensregler, owner: Kari, reviewBy: 2027-01-01 }\n');
    const out = JSON.parse(ask(['--docs', SAMPLE, '--json', '--curated', file, 'Hvor henger brannslukkeren?']).stdout) as Record<string, unknown>;
    assert.equal(out.answer, 'Ved døra.');
    const missing = ask(['--docs', SAMPLE, '--curated', join(dir, 'nei.yaml'), 'Hva er vold?']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--curated: finner ikke/);
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
