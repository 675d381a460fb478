/**
 * The tab's Status data (GET /api/tab/status) for a large plan: 500 measures in 20 goals, 50
 * owners, 2,000 decisions in the ledger, all in SQLite in this process. Measures statusData, the
 * function the route calls, and the JSON it answers with. Target: ≤ 200 ms.
 */
import { performance } from 'node:perf_hooks';
import { planDecision } from '../src/measures/decision';
import { SqliteDecisionLedger } from '../src/measures/ledger';
import { SqliteMeasureRepository } from '../src/measures/sqlite-repository';
import { MEASURE_STATUSES, type Measure, type OwnerRole } from '../src/plan/types';
import { openDatabase } from '../src/storage/database';
import { statusData } from '../src/tab/status-data';

const COORDINATOR = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' };

export async function benchTabStatus(measureCount = 500, decisionCount = 2000, runs = 30): Promise<Record<string, number>> {
  const db = openDatabase(':memory:');
  try {
    const goals = Array.from({ length: 20 }, (_, g) => ({ id: `G${g + 1}`, title: `Delmål ${g + 1}` }));
    const measures: Measure[] = Array.from({ length: measureCount }, (_, i) => ({
      id: `${(i % 20) + 1}.${Math.floor(i / 20) + 1}`, title: `Tiltak ${i + 1}`, goalId: `G${(i % 20) + 1}`,
      responsible: `Enhet ${i % 25}`, status: MEASURE_STATUSES[i % MEASURE_STATUSES.length]!,
      ...(i % 3 === 0 ? { deadline: `2026-${String((i % 12) + 1).padStart(2, '0')}-15` } : {}),
    }));
    const owners: OwnerRole[] = Array.from({ length: 50 }, (_, o) => ({
      role: `Rolle ${o}`, members: [{ aadObjectId: `00000000-0000-0000-0001-${String(o).padStart(12, '0')}`, name: `Eier ${o}` }],
      measures: measures.filter((_, i) => i % 50 === o).map((m) => m.id),
    }));
    const repo = new SqliteMeasureRepository(db);
    repo.seedFromPlan({ measures });
    const ledger = new SqliteDecisionLedger(db);
    for (let i = 0; i < decisionCount; i++) {
      const m = measures[i % measures.length]!;
      const at = new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toISOString();
      const proposal = { id: `p${i}`, measureId: m.id, fromStatus: 'Ikke startet' as const, toStatus: 'Pågår' as const, proposer: owners[i % 50]!.members[0]!, createdAt: at, baseVersion: '1', state: 'pending' as const };
      await ledger.addProposal(proposal);
      const { decision, payload } = planDecision(proposal, { approve: i % 4 !== 0, decider: COORDINATOR, comment: 'Ok' }, new Date(at), `d${i}`);
      await ledger.decide(decision, payload, at);
    }
    const deps = { plan: { goals, owners }, repo, ledger };
    const now = new Date('2026-11-23T08:00:00Z');
    const times: number[] = [];
    let bytes = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const data = await statusData(deps, {}, now);
      bytes = JSON.stringify(data).length;
      times.push(performance.now() - t0);
    }
    const filtered = performance.now();
    await statusData(deps, { goal: 'G3', owner: 'p:00000000-0000-0000-0001-000000000003' }, now);
    const filteredMs = performance.now() - filtered;
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]! * 10) / 10;
    return {
      measures: measureCount,
      decisions: decisionCount,
      tabStatusMedianMs: at(0.5),
      tabStatusP95Ms: at(0.95),
      tabStatusFilteredMs: Math.round(filteredMs * 10) / 10,
      tabStatusJsonKB: Math.round(bytes / 1024),
      targetMs: 200,
    };
  } finally {
    db.close();
  }
}
