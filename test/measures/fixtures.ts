import type { Measure, Person, Plan } from '../../src/plan/types';
import { createRootLogger, type Logger } from '../../src/common/logger';
import { SqliteDecisionLedger, type DecisionLedger } from '../../src/measures/ledger';
import { SqliteOutboxStore, type OutboxStore } from '../../src/measures/outbox-store';
import type { Db } from '../../src/storage/database';

export const kari: Person = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' };
export const per: Person = { aadObjectId: '00000000-0000-0000-0000-000000000025', name: 'Per Koordinator' };
export const ola: Person = { aadObjectId: '00000000-0000-0000-0000-000000000021', name: 'Ola Hansen' };
export const ingrid: Person = { aadObjectId: '00000000-0000-0000-0000-000000000022', name: 'Ingrid Berg' };
export const stranger: Person = { aadObjectId: '00000000-0000-0000-0000-000000000099', name: 'Ukjent Person' };

export function measure(id: string, overrides: Partial<Measure> = {}): Measure {
  return { id, title: `Tiltak ${id}`, goalId: id.split('.')[0]!, responsible: 'TryggEst-teamet', status: 'Ikke startet', ...overrides };
}

/** A small plan: two goals, seven measures (more than one emulator page of five). */
export function testPlan(): Plan {
  return {
    municipality: 'Testkommune',
    title: 'Handlingsplan mot vold i nære relasjoner',
    goals: [
      { id: '1', title: 'Kompetanse' },
      { id: '2', title: 'Samarbeid' },
    ],
    measures: [
      measure('1.1', { deadline: '2026-01-31' }),
      measure('1.2', { status: 'Pågår' }),
      measure('1.3', { deadline: '2026-01-31', status: 'Fullført' }),
      measure('1.4'),
      measure('2.1', { deadline: '2027-06-30' }),
      measure('2.2'),
      measure('2.3', { status: 'Forsinket', deadline: '2025-12-31' }),
    ],
    owners: [
      { role: 'TryggEst-teamet', members: [ola], measures: ['1.1', '1.2'] },
      { role: 'Virksomhetsledere i skole', members: [ingrid], measures: ['2.1'] },
    ],
    coordinators: [kari, per],
    contacts: [],
    wheel: [],
  };
}

/** A logger that keeps its lines for assertions. */
export function recordingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createRootLogger('debug', (l) => lines.push(l)), lines };
}

/** The SQLite adapters of the measures state, for createMeasures. */
export function sqliteMeasureStores(db: Db): { ledger: DecisionLedger; outboxStore: OutboxStore } {
  return { ledger: new SqliteDecisionLedger(db), outboxStore: new SqliteOutboxStore(db) };
}

/** How many decisions exist, for one proposal or in all. */
export async function countDecisions(ledger: DecisionLedger, proposalId?: string): Promise<number> {
  if (proposalId) return (await ledger.decisionFor(proposalId)) ? 1 : 0;
  return (await ledger.recentDecisions(10_000)).length;
}
