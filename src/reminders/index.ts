import crypto from 'node:crypto';
import { Cron } from 'croner';
import type { HttpRouteHandler } from '@microsoft/teams.apps';
import type { Clock } from '../common/clock';
import { RateLimitedWarning } from '../common/log-limiter';
import type { Logger } from '../common/logger';
import type { Feature } from '../bot/features';
import type { MessageSender } from '../bot/message-sender';
import { reminderActivity, remindersFeature, type ReminderDone } from '../bot/reminders';
import type { Plan } from '../plan/types';
import type { ConversationStore } from '../storage/conversation-store';
import { Dispatcher, type DispatcherOptions, type RunReport } from './dispatcher';
import type { ReminderLedger } from './ledger';
import { nextReminder } from './next-reminder';
import type { Sleep } from './rate-limit';
import type { SubscriptionStore } from './subscriptions';

export { Dispatcher, type DispatcherOptions, type RunReport, type ExpiredReminder } from './dispatcher';
export type { ReminderLedger, DeliveryKey, DoneRecord, DeliveryRow, DeliveryState } from './ledger';
export { SqliteReminderLedger } from './sqlite-ledger';
export { TablesReminderLedger } from './tables-ledger';
export { SqliteSubscriptionStore, type SubscriptionStore, type Subscription } from './subscriptions';
export { TablesSubscriptionStore } from './tables-subscriptions';
export { RateLimiter, TokenBucket } from './rate-limit';
export type { ReminderDone } from '../bot/reminders';

export interface RemindersDeps {
  /** The state ports (SQLite or Azure Table Storage), shared by every instance. */
  ledger: ReminderLedger;
  subscriptions: SubscriptionStore;
  plan: Plan;
  conversations: ConversationStore;
  sender: MessageSender;
  clock: Clock;
  log: Logger;
  /** Decides from the verified sender's aadObjectId. */
  coordinators: (aadObjectId: string) => boolean;
  measureStatus?: (id: string) => string | undefined;
  /** Called once when a reminder is first marked done; the Report capability hooks in here. */
  onDone?: (done: ReminderDone) => Promise<void> | void;
  /** Tests pass a sleep that advances a ManualClock. */
  sleep?: Sleep;
  random?: () => number;
  options?: DispatcherOptions;
  /** The failure window of each sent reminder, in ms; the bench reads it. */
  onWindow?: (ms: number) => void;
}

export interface Reminders {
  feature: Feature;
  dispatcher: Dispatcher;
  subscriptions: SubscriptionStore;
  ledger: ReminderLedger;
  runOnce(now?: Date): Promise<RunReport>;
  /** Runs the dispatcher every minute, Europe/Oslo, never overlapping. */
  start(): void;
  stop(): Promise<void>;
  /** POST /api/reminders/run for an external scheduler; the secret is REMINDER_TRIGGER_SECRET. */
  triggerHandler(secret: string | undefined): HttpRouteHandler;
}

const TRIGGER_TEXTS = {
  notConfigured: 'Påminnelser kan ikke startes utenfra: REMINDER_TRIGGER_SECRET er ikke satt.',
  unauthorized: 'Mangler eller feil nøkkel.',
};

function header(headers: Record<string, string | string[]>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const v = key ? headers[key] : undefined;
  return Array.isArray(v) ? v[0] : v;
}

/** Constant-time comparison of two secrets of any length. */
function sameSecret(given: string, expected: string): boolean {
  const h = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(h(given), h(expected));
}

/** Wires the Remind capability: stores, dispatcher, Teams feature, schedule and trigger. */
export function createReminders(deps: RemindersDeps): Reminders {
  const log = deps.log.child('reminders');
  const { ledger, subscriptions } = deps;
  const measureStatus = deps.measureStatus ? { measureStatus: deps.measureStatus } : {};
  const dispatcher = new Dispatcher({
    plan: deps.plan, ledger, subscriptions, conversations: deps.conversations, sender: deps.sender, clock: deps.clock, log,
    compose: (occ, entry, late) => reminderActivity({ plan: deps.plan, ...measureStatus }, occ, entry, late),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.options ? { options: deps.options } : {}),
    ...(deps.onWindow ? { onWindow: deps.onWindow } : {}),
  });
  const feature = remindersFeature({
    plan: deps.plan, subscriptions, ledger, conversations: deps.conversations, clock: deps.clock, log: deps.log,
    coordinators: deps.coordinators, ...measureStatus, ...(deps.onDone ? { onDone: deps.onDone } : {}),
    postNext: async (conversationId) => {
      const occurrence = await nextReminder({ plan: deps.plan, subscriptions: deps.subscriptions, ledger: deps.ledger }, conversationId, deps.clock.now());
      const entry = occurrence && deps.plan.wheel.find((e) => e.id === occurrence.entryId);
      if (!occurrence || !entry) return { kind: 'none' };
      return { kind: await dispatcher.postOne(conversationId, occurrence), occurrence, entry };
    },
  });
  let cron: Cron | undefined;

  return {
    feature, dispatcher, subscriptions, ledger,
    runOnce: (now) => dispatcher.runOnce(now),
    start() {
      cron ??= new Cron('* * * * *', { timezone: 'Europe/Oslo', protect: true }, async () => {
        try {
          await dispatcher.runOnce();
        } catch (err) {
          log.error('reminder run failed', err);
        }
      });
    },
    async stop() {
      cron?.stop();
      cron = undefined;
      await dispatcher.idle();
    },
    triggerHandler(secret) {
      // Anyone who can reach the endpoint can try secrets: one line a minute, not one per try.
      const refused = new RateLimitedWarning(log, 'reminder trigger refused: wrong or missing secret (401)', deps.clock);
      return async ({ headers }) => {
        if (!secret) return { status: 503, body: { error: TRIGGER_TEXTS.notConfigured } };
        const bearer = /^Bearer\s+(.+)$/i.exec(header(headers, 'authorization') ?? '')?.[1];
        const given = header(headers, 'x-reminder-secret') ?? bearer;
        if (!given || !sameSecret(given, secret)) {
          refused.hit();
          return { status: 401, body: { error: TRIGGER_TEXTS.unauthorized } };
        }
        const report = await dispatcher.runOnce();
        return { status: 200, body: report.counts };
      };
    },
  };
}
