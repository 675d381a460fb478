/**
 * The yearly report in process: 500 measures, 2,000 decisions of the year with their proposals,
 * and a wheel of 100 entries with done marks, in SQLite; then the report read from the stores,
 * built as a Word document and saved under a temporary DATA_DIR.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../src/common/clock';
import { createRootLogger } from '../src/common/logger';
import { SqliteDecisionLedger } from '../src/measures/ledger';
import { SqliteMeasureRepository } from '../src/measures/sqlite-repository';
import type { Decision, OutboxPayload, Proposal } from '../src/measures/types';
import { MEASURE_STATUSES, type Plan } from '../src/plan/types';
import { SqliteReminderLedger } from '../src/reminders/sqlite-ledger';
import { openDatabase } from '../src/storage/database';
import { buildYearReport, gatherYearReportInput, LocalReportStore, saveYearReport } from '../src/year-report';
import { wheelActivitiesOfYear } from '../src/year-report/wheel';
import { median } from './stats';

const ms = (t: number) => Math.round(t * 10) / 10;
const YEAR = 2026;

function benchPlan(measures: number, wheel: number): Plan {
  const people = Array.from({ length: 20 }, (_, p) => ({ aadObjectId: `00000000-0000-0000-0000-${String(p).padStart(12, '0')}`, name: `Eier ${p}` }));
  const ids = Array.from({ length: measures }, (_, i) => `${(i % 25) + 1}.${Math.floor(i / 25) + 1}`);
  return {
    municipality: 'Benchmark kommune',
    title: 'Handlingsplan mot vold i nære relasjoner',
    period: '2025–2028',
    goals: Array.from({ length: 25 }, (_, g) => ({ id: `G${g + 1}`, title: `Delmål ${g + 1}` })),
    measures: ids.map((id, i) => ({
      id, title: `Tiltak ${id} om samarbeid mellom enhetene`, goalId: `G${(i % 25) + 1}`, responsible: 'Enhetsleder', timing: 'Hvert år i mars',
      status: MEASURE_STATUSES[i % MEASURE_STATUSES.length]!, ...(i % 7 === 0 ? { deadline: '2026-06-30' } : {}),
      ...(i % 3 === 0 ? { statusComment: 'Arbeidet går etter planen, med noen forsinkelser i høst.' } : {}),
    })),
    owners: people.map((p, k) => ({ role: `Rolle ${k}`, members: [p], measures: ids.filter((_, i) => i % 20 === k) })),
    coordinators: [people[0]!],
    contacts: [],
    wheel: Array.from({ length: wheel }, (_, w) => ({
      id: `W${w + 1}`, title: `Aktivitet ${w + 1}`, todo: 'Gjør det som står i planen.', measures: [ids[w % ids.length]!], audience: 'alle-ledere',
      responsible: 'Enhetsleder', timing: { kind: 'months' as const, months: [(w % 12) + 1] },
    })),
  };
}

export async function benchYearReport(measures = 500, decisions = 2000, wheel = 100): Promise<Record<string, number | string>> {
  const plan = benchPlan(measures, wheel);
  const clock = new ManualClock('2026-12-15T09:00:00Z');
  const db = openDatabase(':memory:');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-report-'));
  try {
    const repo = new SqliteMeasureRepository(db);
    repo.seedFromPlan(plan);
    const ledger = new SqliteDecisionLedger(db);
    const reminders = new SqliteReminderLedger(db);
    const coordinator = plan.coordinators[0]!;
    for (let i = 0; i < decisions; i++) {
      const m = plan.measures[i % measures]!;
      const at = new Date(Date.UTC(YEAR, 0, 2) + i * 3_600_000 * 4).toISOString();
      const proposal: Proposal = {
        id: `p${i}`, measureId: m.id, fromStatus: 'Ikke startet', toStatus: 'Pågår', comment: 'Oppstartsmøte holdt, alle enheter deltok.',
        proposer: plan.owners[i % 20]!.members[0]!, createdAt: at, baseVersion: '1', state: 'pending',
      };
      await ledger.addProposal(proposal);
      const decision: Decision = {
        id: `d${i}`, proposalId: proposal.id, measureId: m.id, decidedBy: coordinator, decidedAt: at, fromStatus: 'Ikke startet', toStatus: 'Pågår',
        outcome: i % 10 === 0 ? 'rejected' : 'approved', writeState: 'written', ...(i % 4 === 0 ? { comment: 'Godkjent i ledermøtet.' } : {}),
      };
      const payload = { decisionId: decision.id, measureId: m.id, expectedVersion: '1', log: {} } as unknown as OutboxPayload;
      await ledger.decide(decision, payload, at);
    }
    const activities = wheelActivitiesOfYear(plan.wheel, YEAR, clock);
    for (const [k, a] of activities.entries()) if (k % 2 === 0) await reminders.recordDone(a.entry.id, a.date, coordinator, clock.now());

    const log = createRootLogger('error');
    const sources = { plan, repo, ledger, reminders, clock };
    // End to end first, cold, as the first "rapport" after a start runs.
    const store = new LocalReportStore({ dataDir, baseUrl: () => 'http://127.0.0.1:3978', log });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const saved = await saveYearReport({ ...sources, store, log }, YEAR);
    const total = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (saved.kind !== 'saved') throw new Error(saved.message);
    const t1 = performance.now();
    const input = await gatherYearReportInput(sources, YEAR);
    const gather = performance.now() - t1;
    if (input.decisions.length !== decisions) throw new Error(`bench read ${input.decisions.length} decisions`);
    const builds: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      bytes = (await buildYearReport(input)).length;
      builds.push(performance.now() - t);
    }
    return {
      'measures, decisions of the year, wheel activities': `${measures}, ${decisions}, ${activities.length}`,
      'rapport end to end, first run (read, build, save), ms (target <= 2000)': ms(total),
      'the same, CPU time of this process (user + system), ms': ms((cpu.user + cpu.system) / 1000),
      'then: read from SQLite (measures, decisions, proposals, done), ms': ms(gather),
      'then: build the .docx (model + Word), median of 3, ms': ms(median(builds)),
      'file size, KB': Math.round(bytes / 1024),
    };
  } finally {
    db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
