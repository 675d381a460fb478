import assert from 'node:assert/strict';
import path from 'node:path';
import { loadPlan, parsePlan, PlanFileError } from '../../src/plan/load';

const VALID = `municipality: Prøve kommune
title: Prøveplan
goals:
  - { id: G1, title: Forebygge }
measures:
  - id: "1.1"
    goalId: G1
    title: Første tiltak
    responsible: Rådgiver
    status: Pågår
  - id: "1.2"
    goalId: G1
    title: Andre tiltak
    responsible: Rådgiver
    deadline: "2027-03-01"
    status: Ikke startet
owners:
  - role: Rådgiver
    members: [{ aadObjectId: a-1, name: Test Person }]
    measures: ["1.1"]
wheel:
  - { id: W1, title: Fagdag, todo: Planlegg, audience: alle-ledere, measures: ["1.1"], months: [9], every: 2, firstYear: 2025 }
  - { id: W2, title: Frist, todo: Lever, audience: alle-ledere, deadline: 2027-03-01, time: "08:30" }
  - { id: W3, title: Tekst, todo: Husk, audience: helse, when: "Feb/ mars" }
`;

/** Replaces one line-anchored snippet of the valid plan, so each test breaks exactly one thing. */
const broken = (from: string, to: string): string => {
  assert.ok(VALID.includes(from), `fixture lacks ${from}`);
  return VALID.replace(from, to);
};

function assertPlanError(text: string, file: string, field: string, line: number, extra?: RegExp): void {
  assert.throws(() => parsePlan(text, file), (err: unknown) => {
    assert.ok(err instanceof PlanFileError);
    assert.equal(err.name, 'PlanFileError');
    const escaped = (t: string) => t.replace(/[[\]().]/g, '\\$&');
    // Any of the listed problems may be the one; the first line starts "Feil i planfilen".
    assert.match(err.message, new RegExp(`(^Feil i planfilen |\\n  )${escaped(file)}, linje ${line}, felt ${escaped(field)}:`));
    if (extra) assert.match(err.message, extra);
    return true;
  });
}

describe('plan loader', () => {
  it('loads the sample municipality with 15 measures and a full-year wheel', () => {
    const plan = loadPlan(path.join(__dirname, '../../data/eksempel-kommune/plan.yaml'));
    assert.equal(plan.municipality, 'Eksempel kommune');
    assert.deepEqual(plan.goals.map((g) => g.id), ['G1', 'G2', 'G3', 'G4']);
    assert.equal(plan.measures.length, 15);
    assert.deepEqual(plan.coordinators, [{ aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' }]);
    assert.ok(plan.wheel.length >= 12 && plan.wheel.length <= 15);
    assert.ok(plan.measures.some((m) => m.deadline && m.deadline < '2026-11-22' && m.status !== 'Fullført'));
  });

  it('maps the three ways of writing time to the WheelTiming union', () => {
    const plan = parsePlan(VALID, 'plan.yaml');
    assert.deepEqual(plan.wheel.map((w) => w.timing), [
      { kind: 'months', months: [9], every: 2, firstYear: 2025 },
      { kind: 'deadline', deadline: '2027-03-01', time: '08:30' },
      { kind: 'text', text: 'Feb/ mars' },
    ]);
    assert.deepEqual(plan.contacts, []);
  });

  it('reads JSON by extension, with lines for errors too', () => {
    const json = JSON.stringify({ municipality: 'X', title: 'Y', goals: [{ id: 'G1', title: 'Z' }], measures: [] }, null, 2);
    assert.equal(parsePlan(json, 'plan.json').municipality, 'X');
    const bad = JSON.stringify({ municipality: 'X', title: 'Y', goals: [{ id: 'G1', title: 7 }], measures: [] }, null, 2);
    assertPlanError(bad, 'plan.json', 'goals[0].title', 7, /tekst/);
  });

  it('names file, field and line for an unknown goalId', () => {
    assertPlanError(broken('    goalId: G1\n    title: Andre', '    goalId: G9\n    title: Andre'), 'plan.yaml', 'measures[1].goalId', 12, /G9/);
  });

  it('names file, field and line for a status outside the five values', () => {
    assertPlanError(broken('status: Pågår', 'status: Ferdig'), 'plan.yaml', 'measures[0].status', 10, /"Ferdig" er ikke tillatt; bruk en av: Ikke startet, Pågår, Fullført, Forsinket, Avbrutt/);
  });

  it('names file, field and line for a duplicate measure id', () => {
    assertPlanError(broken('id: "1.2"', 'id: "1.1"'), 'plan.yaml', 'measures[1].id', 11, /allerede brukt/);
  });

  it('names the line of a YAML syntax error', () => {
    assertPlanError(broken('    title: Første tiltak', '    title: "Første tiltak'), 'plan.yaml', 'measures[0].title', 8, /ugyldig YAML/);
    assertPlanError(broken('  - id: "1.2"', '  - id: "1.2\n   x'), 'plan.yaml', 'measures[1].id', 11);
  });

  it('rejects an id written as a number, a bad date, unknown references and unknown fields', () => {
    assertPlanError(broken('id: "1.1"', 'id: 1.1'), 'plan.yaml', 'measures[0].id', 6, /anførselstegn/);
    assertPlanError(broken('deadline: "2027-03-01"', 'deadline: "2027-02-30"'), 'plan.yaml', 'measures[1].deadline', 15);
    assertPlanError(broken('measures: ["1.1"]\nwheel', 'measures: ["9.9"]\nwheel'), 'plan.yaml', 'owners[0].measures[0]', 20, /9\.9/);
    assertPlanError(broken('measures: ["1.1"], months', 'measures: ["4.4"], months'), 'plan.yaml', 'wheel[0].measures[0]', 22);
    assertPlanError(broken('    responsible: Rådgiver\n    status: Pågår', '    responsible: Rådgiver\n    statsu: Pågår'), 'plan.yaml', 'measures[0].statsu', 10);
  });

  it('requires exactly one way of timing a wheel entry, and a first year for every other year', () => {
    assertPlanError(broken('when: "Feb/ mars"', 'when: "Feb/ mars", months: [2]'), 'plan.yaml', 'wheel[2]', 24, /nøyaktig én/);
    assertPlanError(broken(', firstYear: 2025', ''), 'plan.yaml', 'wheel[0].every', 22, /firstYear/);
    assertPlanError(broken('time: "08:30"', 'time: "8.30"'), 'plan.yaml', 'wheel[1].time', 23);
  });

  it('reports a missing file as a PlanFileError naming it', () => {
    assert.throws(() => loadPlan('/nonexistent/plan.yaml'), { name: 'PlanFileError', message: /\/nonexistent\/plan\.yaml/ });
  });
});
