import assert from 'node:assert/strict';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { docxToText } from '../../src/knowledge/docx';
import { loadPlan } from '../../src/plan/load';
import type { Measure } from '../../src/plan/types';
import type { DoneRecord } from '../../src/reminders/ledger';
import { buildYearReport } from '../../src/year-report/build';
import type { ReportDecision } from '../../src/year-report/types';

const PLAN = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
const KARI = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' };
const SOFIE = { aadObjectId: '00000000-0000-0000-0000-000000000024', name: 'Sofie Larsen' };

function decision(id: string, measureId: string, decidedAt: string, more: Partial<ReportDecision> = {}): ReportDecision {
  return {
    id, proposalId: `p-${id}`, measureId, decidedBy: KARI, decidedAt, fromStatus: 'Ikke startet', toStatus: 'Pågår',
    outcome: 'approved', writeState: 'written', ...more,
  };
}

const done = (entryId: string, date: string, at: string): DoneRecord => ({ entryId, date, byAadObjectId: KARI.aadObjectId, byName: KARI.name, at });

/** The report's table rows as cells, read back from the .docx with the project's reader. */
function rows(text: string): string[][] {
  return text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).map((l) => l.slice(2, -2).split(' | '));
}

describe('the yearly report of the sample municipality, read back with the project\'s DOCX reader', () => {
  // 23.11.2026 09:00 in Oslo.
  const clock = new ManualClock('2026-11-23T08:00:00Z');
  // The repository's statuses, which differ from the plan file's where a decision moved one.
  const measures: Measure[] = PLAN.measures.map((m) => (m.id === '1.2' ? { ...m, status: 'Pågår' } : m));
  const decisions = [
    decision('d1', '1.2', '2026-11-20T09:30:00Z', { proposedBy: SOFIE, proposalComment: 'Planleggingen er i gang med skolene', comment: 'Fint, husk biblioteket' }),
    decision('d2', '3.3', '2026-03-02T10:00:00Z', { outcome: 'rejected', writeState: 'not-needed', proposedBy: SOFIE, proposalComment: 'Ring meg på [telefonnummer fjernet]' }),
    decision('d3', '4.1', '2025-06-01T10:00:00Z', { comment: 'Fra i fjor' }),
    // 23:30 UTC on New Year's Eve is already 2026 in Oslo.
    decision('d4', '2.4', '2025-12-31T23:30:00Z', { comment: 'Nyttårsvedtak' }),
  ];
  const marks = [done('W02', '2026-02-02', '2026-02-03T09:00:00Z'), done('W07', '2026-06-23', '2026-06-24T12:00:00Z'), done('W02', '2025-02-03', '2025-02-04T09:00:00Z')];
  let text: string;

  before(async () => {
    const bytes = await buildYearReport({ year: 2026, plan: PLAN, measures, decisions, done: marks, clock });
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'not a .docx (zip) file');
    text = await docxToText(bytes);
  });

  it('opens with the municipality, the year, the plan title and when it was made (dd.mm.åååå, Oslo time)', () => {
    const [title, plan, made] = text.split('\n');
    assert.equal(title, 'Eksempel kommune – Statusrapport 2026');
    assert.equal(plan, 'Handlingsplan mot vold i nære relasjoner 2025–2028');
    assert.equal(made, 'Laget 23.11.2026 kl. 09:00 av Planassistenten. Status og frister gjelder per 23.11.2026.');
  });

  it('has a heading and a table per goal listing every measure with its current status, owner and timing', () => {
    for (const g of PLAN.goals) assert.ok(text.includes(`\n## ${g.id} ${g.title}\n`), `no heading for ${g.id}`);
    const table = rows(text);
    for (const m of measures) {
      const row = table.find((r) => r[0] === `${m.id} ${m.title}` && r.length === 5);
      assert.ok(row, `measure ${m.id} is missing`);
      assert.equal(row[1], m.status, `status of ${m.id}`);
      assert.ok(row[2]!.startsWith(m.responsible), `responsible of ${m.id}`);
      assert.equal(row[3], m.timing ?? '–');
    }
    assert.equal(table.find((r) => r[0] === '1.2 En uke mot vold')?.[2], 'SLT-koordinator Melder status: Sofie Larsen');
  });

  it('lists the year\'s decisions with who decided and both comments, masked as stored, and leaves other years out', () => {
    const section = text.slice(text.indexOf('# Beslutninger om status i 2026'), text.indexOf('# Årshjulet 2026'));
    const table = rows(section);
    assert.deepEqual(table.map((r) => r[0]), ['Dato', '01.01.2026', '02.03.2026', '20.11.2026']);
    assert.deepEqual(table[3], ['20.11.2026', '1.2 En uke mot vold', 'Ikke startet → Pågår', 'Godkjent av Kari Nordmann',
      'Sofie Larsen: «Planleggingen er i gang med skolene» Koordinator: «Fint, husk biblioteket»']);
    assert.equal(table[2]?.[3], 'Avvist av Kari Nordmann');
    assert.equal(table[2]?.[4], 'Sofie Larsen: «Ring meg på [telefonnummer fjernet]»');
    assert.ok(!text.includes('Fra i fjor'), 'a decision of 2025 is in the 2026 report');
  });

  it('lists the overdue measures: deadline passed and not Fullført', () => {
    const section = text.slice(text.indexOf('# Tiltak med passert frist'), text.indexOf('# Beslutninger'));
    assert.deepEqual(rows(section).slice(1).map((r) => [r[0], r[1], r[2]]), [
      ['2.2 Rutinemessige spørsmål om vold', '31.12.2025', 'Forsinket'],
      ['3.2 Samarbeidsavtale med krisesenteret', '30.06.2026', 'Pågår'],
    ]);
  });

  it('lists the wheel\'s activities of the year, done (by whom, when) and not done, and those still to come', () => {
    const table = rows(text.slice(text.indexOf('# Årshjulet 2026')));
    const state = (date: string, title: string) => table.find((r) => r[0] === date && r[1] === title)?.[3];
    assert.equal(state('02.02.2026', 'Temadag om vold i nære relasjoner'), 'Gjort Kari Nordmann 03.02.2026');
    // A deadline's reminders are one activity, on the deadline, done when any reminder was marked.
    assert.equal(state('30.06.2026', 'Frist for samarbeidsavtalen med krisesenteret'), 'Gjort Kari Nordmann 24.06.2026');
    assert.equal(state('02.01.2026', 'Planlegg årets temadag'), 'Ikke gjort');
    assert.equal(state('01.12.2026', 'Årlig evaluering av handlingsplanen'), 'Senere i år');
    // Every other year only (2025, 2027): not in 2026.
    assert.ok(!table.some((r) => r[1] === 'Trygghetsundersøkelse blant elevene'));
    assert.match(text, /Årshjulet: 2 aktiviteter markert som gjort, 12 ikke markert som gjort, 1 senere i år\./);
  });

  it('sums up the plan in plain sentences and a status table per goal', () => {
    assert.match(text, /Planen har 15 tiltak: 2 ikke startet, 9 pågår, 2 fullført, 1 forsinket, 1 avbrutt\./);
    assert.match(text, /2 tiltak har passert fristen uten å være fullført\./);
    assert.match(text, /I 2026 ble 2 statusforslag godkjent og 1 avvist\./);
    assert.deepEqual(rows(text).find((r) => r[0] === 'G1 Forebygge vold'), ['G1 Forebygge vold', '0', '4', '0', '0', '0', '4']);
  });
});
