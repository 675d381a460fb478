/**
 * Approval throughput and latency end to end: StatusService → SharePoint adapter → real Graph
 * client over HTTP → the local Graph emulator (no throttling). Each approval is a read for the
 * stale check, a conditional PATCH, a StatusLog duplicate check and a StatusLog insert.
 */
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../src/common/clock';
import { createRootLogger } from '../src/common/logger';
import { createMeasures, SqliteDecisionLedger, SqliteOutboxStore } from '../src/measures';
import type { Measure } from '../src/plan/types';
import { createGraphClient } from '../src/sharepoint/graph-client';
import { provisionSharePoint } from '../src/sharepoint/provision';
import { SharePointMeasureRepository } from '../src/sharepoint/sharepoint-repository';
import { openDatabase } from '../src/storage/database';
import { GraphEmulator } from '../test/graph-emulator';

const SITE = 'bench.sharepoint.com,site,web';
const OWNER = { aadObjectId: '00000000-0000-0000-0000-000000000021', name: 'Ola Hansen' };
const COORDINATOR = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function benchApprovals(count = 200): Promise<{ approvalsPerSecond: number; approveP99Ms: number }> {
  const emulator = await GraphEmulator.start();
  const db = openDatabase(':memory:');
  try {
    const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
      id: `B.${i + 1}`, title: `Tiltak ${i + 1}`, goalId: 'B', responsible: 'Bench', status: 'Ikke startet',
    }));
    const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
    await provisionSharePoint(graph, { siteId: SITE, measures });
    const repo = new SharePointMeasureRepository(graph, { siteId: SITE });
    const plan = {
      goals: [{ id: 'B', title: 'Bench' }],
      owners: [{ role: 'Bench', members: [OWNER], measures: measures.map((m) => m.id) }],
      coordinators: [COORDINATOR],
    };
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    const { service } = createMeasures({ ledger: new SqliteDecisionLedger(db), outboxStore: new SqliteOutboxStore(db), repo, plan, clock, log: createRootLogger('error', () => {}) });
    const ids: string[] = [];
    for (const m of measures) {
      const r = await service.propose({ measureId: m.id, status: 'Pågår', proposer: OWNER }, clock.now());
      if (r.kind !== 'proposed') throw new Error(`propose failed: ${r.message}`);
      ids.push(r.proposal.id);
    }
    const times: number[] = [];
    const start = performance.now();
    for (const proposalId of ids) {
      const t0 = performance.now();
      const r = await service.decide({ proposalId, approve: true, decider: COORDINATOR }, clock.now());
      times.push(performance.now() - t0);
      if (r.kind !== 'approved' || r.pendingWrite) throw new Error(`approve did not write: ${r.kind}`);
    }
    const seconds = (performance.now() - start) / 1000;
    times.sort((a, b) => a - b);
    return { approvalsPerSecond: Math.round(count / seconds), approveP99Ms: Math.round(percentile(times, 99) * 100) / 100 };
  } finally {
    db.close();
    await emulator.close();
  }
}

if (require.main === module) {
  benchApprovals().then((r) => process.stdout.write(JSON.stringify(r) + '\n'));
}
