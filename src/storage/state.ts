import type { Config } from '../config';
import type { Plan } from '../plan/types';
import { SqliteDecisionLedger, type DecisionLedger } from '../measures/ledger';
import { SqliteOutboxStore, type OutboxStore } from '../measures/outbox-store';
import { SqliteMeasureRepository } from '../measures/sqlite-repository';
import { TablesDecisionLedger } from '../measures/tables-decisions';
import { TablesOutboxStore } from '../measures/tables-outbox';
import { TablesMeasureRepository } from '../measures/tables-repository';
import type { MeasureRepository } from '../measures/types';
import type { ReminderLedger } from '../reminders/ledger';
import { SqliteReminderLedger } from '../reminders/sqlite-ledger';
import { SqliteSubscriptionStore, type SubscriptionStore } from '../reminders/subscriptions';
import { TablesReminderLedger } from '../reminders/tables-ledger';
import { TablesSubscriptionStore } from '../reminders/tables-subscriptions';
import { SqliteApprovalMessageStore, type ApprovalMessageStore } from './approval-messages';
import { SqliteConversationStore, type ConversationStore } from './conversation-store';
import type { Db } from './database';
import { SqliteFeedbackStore, type FeedbackStore } from './feedback-store';
import { SqliteOnceStore, type OnceStore } from './once';
import { SqliteProblemCardStore, type ProblemCardStore } from './problem-cards';
import { TableStorage } from './tables';
import { TablesConversationStore } from './tables-conversations';
import { TablesApprovalMessageStore, TablesFeedbackStore, TablesOnceStore, TablesProblemCardStore } from './tables-stores';
import { SqliteUnansweredStore } from '../unanswered/sqlite-store';
import { TablesUnansweredStore } from '../unanswered/tables-store';
import type { UnansweredStore } from '../unanswered/types';

/**
 * Every kind of state behind its port, from one backend: the SQLite file (one instance, the
 * embedded default) or Azure Table Storage (any number of instances). Capabilities see only
 * the ports. The SharePoint knowledge cache is not here: it stays a local per-instance cache.
 */
export interface StateStores {
  kind: Config['stateStore'];
  conversations: ConversationStore;
  subscriptions: SubscriptionStore;
  reminderLedger: ReminderLedger;
  decisions: DecisionLedger;
  outbox: OutboxStore;
  feedback: FeedbackStore;
  approvals: ApprovalMessageStore;
  /** The plan-problem card in each coordinator's chat. */
  problemCards: ProblemCardStore;
  /** Work every instance schedules alike, done by the first. */
  once: OnceStore;
  /** Questions without a good answer, masked, without the asker (src/unanswered). */
  unanswered: UnansweredStore;
  /** The measures when no SharePoint list is configured, with the plan's missing measures added. */
  measures(plan: Pick<Plan, 'measures'>): Promise<LocalMeasures>;
  /** Readiness: the store answers. */
  ping(): Promise<boolean>;
}

/** A measure store the bot seeds from the plan (again when the plan changes). */
export type LocalMeasures = MeasureRepository & { seedFromPlan(plan: Pick<Plan, 'measures'>): unknown };

export type StateConfig = Pick<Config, 'stateStore' | 'azureStorageConnectionString' | 'azureStorageAccountUrl' | 'managedIdentityClientId' | 'azureStorageTablePrefix'>;

export function sqliteState(db: Db): StateStores {
  return {
    kind: 'sqlite',
    conversations: new SqliteConversationStore(db),
    subscriptions: new SqliteSubscriptionStore(db),
    reminderLedger: new SqliteReminderLedger(db),
    decisions: new SqliteDecisionLedger(db),
    outbox: new SqliteOutboxStore(db),
    feedback: new SqliteFeedbackStore(db),
    approvals: new SqliteApprovalMessageStore(db),
    problemCards: new SqliteProblemCardStore(db),
    once: new SqliteOnceStore(db),
    unanswered: new SqliteUnansweredStore(db),
    async measures(plan) {
      const repo = new SqliteMeasureRepository(db);
      repo.seedFromPlan(plan);
      return repo;
    },
    ping: async () => db.prepare('SELECT 1 AS ok').get() !== undefined,
  };
}

/** Creates missing tables (Azurite, or an account where the app may), then the adapters. */
export async function tablesState(storage: TableStorage): Promise<StateStores> {
  await storage.ensureTables();
  return {
    kind: 'azure-tables',
    conversations: new TablesConversationStore(storage),
    subscriptions: new TablesSubscriptionStore(storage),
    reminderLedger: new TablesReminderLedger(storage),
    decisions: new TablesDecisionLedger(storage),
    outbox: new TablesOutboxStore(storage),
    feedback: new TablesFeedbackStore(storage),
    approvals: new TablesApprovalMessageStore(storage),
    problemCards: new TablesProblemCardStore(storage),
    once: new TablesOnceStore(storage),
    unanswered: new TablesUnansweredStore(storage),
    async measures(plan) {
      const repo = new TablesMeasureRepository(storage);
      await repo.seedFromPlan(plan);
      return repo;
    },
    ping: () => storage.ping(),
  };
}

/** The configured backend. `db` is the local SQLite file, used for state only with STATE_STORE=sqlite. */
export function openState(config: StateConfig, db: Db): Promise<StateStores> {
  if (config.stateStore === 'sqlite') return Promise.resolve(sqliteState(db));
  return tablesState(
    new TableStorage({
      prefix: config.azureStorageTablePrefix,
      ...(config.azureStorageConnectionString ? { connectionString: config.azureStorageConnectionString } : {}),
      ...(config.azureStorageAccountUrl ? { accountUrl: config.azureStorageAccountUrl } : {}),
      ...(config.managedIdentityClientId ? { managedIdentityClientId: config.managedIdentityClientId } : {}),
    }),
  );
}
