import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { runWheelCli, type CliIo } from '../../src/cli/wheel';
import { evaluatePhrases } from '../../src/cli/wheel-eval';

const SAMPLE = path.join(__dirname, '../../data/eksempel-kommune/plan.yaml');

function io(env: Record<string, string> = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env, clock: new ManualClock('2026-11-22T09:00:00Z') };
}

describe('wheel CLI', () => {
  it('parse --json prints exactly the contract object on one line', () => {
    const t = io();
    assert.equal(runWheelCli(['parse', '--json', 'Feb/ mars'], t), 0);
    assert.deepEqual(t.stdout, ['{"months":[2,3],"every":null,"firstYear":null,"deadline":null,"continuous":false,"unresolved":false}']);
  });

  it('parse without --json prints a Norwegian summary', () => {
    const t = io();
    runWheelCli(['parse', 'Annen hvert år, første gang høsten 2025'], t);
    assert.match(t.stdout[0] ?? '', /august, september, oktober, november, desember; hvert 2\. år; første gang 2025/);
    runWheelCli(['parse', 'ved behov'], t);
    assert.match(t.stdout[1] ?? '', /uavklart/);
  });

  it('preview lists dated reminders with audience and entry, then the unplaced ones', () => {
    const t = io();
    assert.equal(runWheelCli(['preview', '--from', '2026-11-01', '--to', '2026-12-31', '--plan', SAMPLE], t), 0);
    const text = t.stdout.join('\n');
    assert.match(text, /02\.11\.2026 09:00 {2}\[alle-ledere\] {2}W11 En uke mot vold/);
    assert.match(text, /01\.12\.2026 09:00 {2}\[alle-ledere\] {2}W12/);
    assert.match(text, /Ikke plassert[\s\S]*W14 .*løpende/);
  });

  it('preview --json reads PLAN_FILE and gives instants and audiences', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wheel-cli-'));
    const file = path.join(dir, 'plan.yaml');
    fs.writeFileSync(file, [
      'municipality: Test', 'title: T', 'goals: []', 'measures: []', 'wheel:',
      '  - { id: A, title: Mars, todo: x, audience: helse, months: [3] }',
      '  - { id: B, title: Behov, todo: x, audience: helse, when: ved behov }',
    ].join('\n'));
    const t = io({ PLAN_FILE: file });
    assert.equal(runWheelCli(['preview', '--json', '--from', '2027-01-01', '--to', '2027-12-31'], t), 0);
    const out = JSON.parse(t.stdout[0] ?? '{}');
    assert.deepEqual(out.occurrences, [{ entryId: 'A', date: '2027-03-01', at: '2027-03-01T08:00:00.000Z', kind: 'month', audience: 'helse', title: 'Mars' }]);
    assert.deepEqual(out.unplaced.map((u: { entryId: string }) => u.entryId), ['B']);
    fs.rmSync(dir, { recursive: true });
  });

  it('answers bad arguments on stderr with exit code 2', () => {
    for (const args of [[], ['nope'], ['parse'], ['preview', '--from', '2026-01-01'], ['preview', '--from', '2026-13-01', '--to', '2026-12-31'], ['preview', '--from', '2026-12-31', '--to', '2026-01-01']]) {
      const t = io();
      assert.equal(runWheelCli(args, t), 2, args.join(' '));
      assert.equal(t.stdout.length, 0);
      assert.match(t.stderr.join('\n'), /Bruk: wheel/);
    }
  });

  it('reports a broken plan file with its line and exit code 1', () => {
    const t = io({ PLAN_FILE: '/nonexistent/plan.yaml' });
    assert.equal(runWheelCli(['preview', '--from', '2026-01-01', '--to', '2026-01-31'], t), 1);
    assert.match(t.stderr[0] ?? '', /PlanFileError|\/nonexistent\/plan\.yaml/);
  });
});

describe('wheel-eval', () => {
  it('compares only the fields present in expect and counts failures per phrase', () => {
    const jsonl = [
      '{"text":"okt.","expect":{"months":[10]}}',
      '{"text":"Løpende","expect":{"continuous":true,"unresolved":false}}',
      '{"text":"mars","expect":{"months":[4],"every":2}}',
      'not json',
      '',
    ].join('\n');
    const { passed, failures } = evaluatePhrases(jsonl);
    assert.equal(passed, 2);
    assert.deepEqual(failures.map((f) => [f.line, f.field]), [[3, 'months'], [3, 'every'], [4, '(json)']]);
  });
});
