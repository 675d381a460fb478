import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Plan } from '../plan/types';
import type { DecisionLedger } from './ledger';
import type { Wait } from './deadline';
import { Outbox, type OutboxOptions } from './outbox';
import type { OutboxStore } from './outbox-store';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker';
import { StatusService } from './status-service';
import type { MeasureRepository } from './types';

export * from './types';
export { SqliteDecisionLedger, type DecisionLedger, type NotificationClaim } from './ledger';
export { Outbox, type OutboxOptions, type DeliveryResult, type OutboxListener, type ParkedEvent, type Saved } from './outbox';
export { timerWait, within, type Wait } from './deadline';
export { SqliteOutboxStore, type OutboxStore, type OutboxEntry, type OutboxKey, type OutboxLease } from './outbox-store';
export { TablesDecisionLedger } from './tables-decisions';
export { TablesOutboxStore } from './tables-outbox';
export { TablesMeasureRepository } from './tables-repository';
export { OutboxWorker, type OutboxWorkerOptions, type OutboxRun } from './outbox-worker';
export { StatusService, type ProposeInput, type ProposeResult, type DecideInput, type DecideResult, type StatusServiceOptions } from './status-service';
export { SqliteMeasureRepository } from './sqlite-repository';
export type { StatusSummary, GoalSummary } from './summary';
export { messages, refusedWriteNotice, advice, type RefusedWrite } from './messages';

/** What the composition root needs to wire the measures capability. */
export interface MeasuresDeps {
  /** The state ports (SQLite or Azure Table Storage), shared by every instance. */
  ledger: DecisionLedger;
  outboxStore: OutboxStore;
  repo: MeasureRepository;
  plan: Pick<Plan, 'owners' | 'coordinators' | 'goals'>;
  clock: Clock;
  log: Logger;
  outbox?: OutboxOptions;
  worker?: OutboxWorkerOptions;
  /** Id generator for proposals and decisions; default crypto.randomUUID. */
  newId?: () => string;
  /** How a click waits for the repository (tests drive it from the clock); default a timer. */
  wait?: Wait;
  /** A click is answered within this, whatever the repository does; default 8 s. */
  answerWithinMs?: number;
}

/** Builds the service, its ledger and outbox, and the worker (not started). */
export function createMeasures(deps: MeasuresDeps): {
  service: StatusService;
  ledger: DecisionLedger;
  outbox: Outbox;
  worker: OutboxWorker;
} {
  const log = deps.log.child('measures');
  const { ledger } = deps;
  const outbox = new Outbox(deps.outboxStore, deps.repo, ledger, deps.clock, log.child('outbox'), deps.outbox);
  const worker = new OutboxWorker(outbox, log.child('outbox'), deps.worker);
  const service = new StatusService(deps.plan, deps.repo, ledger, outbox, log, deps.newId, {
    clock: deps.clock,
    ...(deps.wait ? { wait: deps.wait } : {}),
    ...(deps.answerWithinMs !== undefined ? { answerWithinMs: deps.answerWithinMs } : {}),
  });
  return { service, ledger, outbox, worker };
}
