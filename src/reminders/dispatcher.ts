import os from 'node:os';
import type { ActivityLike } from '@microsoft/teams.api';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { MessageSender, SendResult } from '../bot/message-sender';
import type { Plan, WheelEntry } from '../plan/types';
import type { ConversationRef, ConversationStore } from '../storage/conversation-store';
import { osloDate } from './calendar';
import type { DeliveryKey, ReminderLedger } from './ledger';
import { computeOccurrences, type Occurrence } from './occurrences';
import { RateLimiter, realSleep, type RateLimits, type Sleep } from './rate-limit';
import type { SubscriptionStore } from './subscriptions';
import { REMINDER_TEXTS } from './texts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A reminder too old to post (beyond the catch-up window); reported once, never posted. */
export type ExpiredReminder = DeliveryKey;

/** What one run did. Counts only in `counts`; `expired` names entries, never people. */
export interface RunReport {
  at: string;
  counts: { due: number; sent: number; alreadyDone: number; waiting: number; throttled: number; failed: number; gone: number; expired: number };
  expired: ExpiredReminder[];
}

export interface DispatcherOptions extends RateLimits {
  /** A claim not marked sent after this is taken to be a crash and claimed again. Default 5 min. */
  leaseMs?: number;
  /** Reminders missed for up to this long are posted, marked late. Default 3 days. */
  catchUpMs?: number;
  /** Sends tried per reminder in one run before it is left due for the next run. Default 3. */
  maxAttemptsPerRun?: number;
  /** Longer waits than this are not slept in-run but left for a later run. Default 10 s. */
  maxInRunWaitMs?: number;
  /** Channels worked in parallel; each channel's own sends stay in order. Default 16. */
  concurrency?: number;
}

export interface DispatcherDeps {
  plan: Pick<Plan, 'wheel' | 'coordinators'>;
  ledger: ReminderLedger;
  subscriptions: SubscriptionStore;
  conversations: ConversationStore;
  sender: MessageSender;
  clock: Clock;
  log: Logger;
  /** Builds the activity (the reminder card) for one reminder. */
  compose: (occurrence: Occurrence, entry: WheelEntry, late: boolean) => ActivityLike;
  sleep?: Sleep;
  /** In [0, 1); jitters the backoff. */
  random?: () => number;
  owner?: string;
  options?: DispatcherOptions;
}

/**
 * Posts due wheel reminders to subscribed channels, each (occurrence × channel) exactly once:
 * claim in the ledger, then send, then mark. Runs never overlap within a process; across
 * processes the ledger's claims decide. Expected failures are values; nothing is dropped.
 */
export class Dispatcher {
  private readonly limiter: RateLimiter;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly owner: string;
  private readonly o: Required<Omit<DispatcherOptions, keyof RateLimits>>;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DispatcherDeps) {
    this.sleep = deps.sleep ?? realSleep;
    this.random = deps.random ?? Math.random;
    this.owner = deps.owner ?? `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    const o = deps.options ?? {};
    this.o = {
      leaseMs: o.leaseMs ?? 5 * MINUTE, catchUpMs: o.catchUpMs ?? 3 * DAY, maxAttemptsPerRun: o.maxAttemptsPerRun ?? 3,
      maxInRunWaitMs: o.maxInRunWaitMs ?? 10_000, concurrency: o.concurrency ?? 16,
    };
    if (!(this.o.maxAttemptsPerRun >= 1)) throw new RangeError(`maxAttemptsPerRun must be >= 1, got ${this.o.maxAttemptsPerRun}`);
    this.limiter = new RateLimiter(deps.clock, this.sleep, o);
  }

  /** One pass at `now` (default: the clock). Passes in one process run one after another. */
  runOnce(now?: Date): Promise<RunReport> {
    const run = this.chain.then(() => this.pass(now ?? this.deps.clock.now()));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves when no pass is running. */
  async idle(): Promise<void> {
    await this.chain;
  }

  private async pass(now: Date): Promise<RunReport> {
    const report: RunReport = { at: now.toISOString(), counts: { due: 0, sent: 0, alreadyDone: 0, waiting: 0, throttled: 0, failed: 0, gone: 0, expired: 0 }, expired: [] };
    const from = new Date(now.getTime() - this.o.catchUpMs);
    const lanes = new Map<string, Occurrence[]>();
    for (const { occ, conversationId } of this.due(from, now)) {
      const lane = lanes.get(conversationId) ?? [];
      lane.push(occ);
      lanes.set(conversationId, lane);
      report.counts.due++;
    }
    this.expire(from, now, report);
    const queue = [...lanes.entries()];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) await this.lane(next[0], next[1], now, report);
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency, queue.length) }, worker));
    if (report.counts.due > report.counts.alreadyDone || report.counts.expired > 0) this.deps.log.info('reminder run', report.counts);
    return report;
  }

  /** (occurrence × subscribed channel) pairs due in [from, now], in time order. */
  private *due(from: Date, now: Date): Generator<{ occ: Occurrence; conversationId: string }> {
    yield* this.pairs(from, now, (at) => at >= from.getTime() && at <= now.getTime(), now);
  }

  private *pairs(from: Date, to: Date, keep: (at: number) => boolean, now: Date) {
    const byId = new Map(this.deps.plan.wheel.map((e) => [e.id, e]));
    const { occurrences } = computeOccurrences(this.deps.plan.wheel, { from: osloDate(from), to: osloDate(to) }, { now: () => now });
    for (const occ of occurrences) {
      const entry = byId.get(occ.entryId);
      if (!entry || !keep(occ.at.getTime())) continue;
      // A channel gets reminders from the day it subscribed, never a backlog from before it.
      for (const sub of this.deps.subscriptions.forAudience(entry.audience)) {
        if (sub.since <= occ.date) yield { occ, conversationId: sub.conversationId };
      }
    }
  }

  /** Reminders older than the catch-up window that were never posted: parked and reported once. */
  private expire(from: Date, now: Date, report: RunReport): void {
    const lookBack = new Date(from.getTime() - 30 * DAY);
    for (const { occ, conversationId } of this.pairs(lookBack, from, (at) => at < from.getTime(), now)) {
      const key = { entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId };
      if (!this.deps.ledger.expire(key, now)) continue;
      report.expired.push(key);
      report.counts.expired++;
      this.deps.log.warn(`reminder ${occ.entryId} ${occ.date} ${occ.kind} is older than the catch-up window; not posted`);
    }
  }

  private async lane(conversationId: string, occs: Occurrence[], now: Date, report: RunReport): Promise<void> {
    const ref = this.deps.conversations.get(conversationId);
    if (!ref) {
      this.deps.log.warn('subscribed channel has no stored conversation reference');
      report.counts.failed += occs.length;
      return;
    }
    for (const occ of occs) {
      const key: DeliveryKey = { entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId };
      const late = occ.late === true || now.getTime() - occ.at.getTime() > 60 * MINUTE;
      const claim = this.deps.ledger.claim(key, this.owner, this.deps.clock.now(), this.o.leaseMs, late);
      if (claim === 'done') { report.counts.alreadyDone++; continue; }
      // Busy: another dispatcher holds it, or a retry waits. Later ones wait too, to keep order.
      if (claim === 'busy') { report.counts.waiting++; return; }
      const entry = this.deps.plan.wheel.find((e) => e.id === occ.entryId) as WheelEntry;
      const outcome = await this.deliver(ref, key, this.deps.compose(occ, entry, late));
      if (outcome === 'sent') report.counts.sent++;
      else if (outcome === 'gone') {
        report.counts.gone++;
        await this.channelGone(ref);
        return;
      } else {
        report.counts[outcome]++;
        return;
      }
    }
  }

  /** Sends one claimed reminder, retrying throttling in-run within bounds. */
  private async deliver(ref: ConversationRef, key: DeliveryKey, activity: ActivityLike): Promise<'sent' | 'gone' | 'throttled' | 'failed'> {
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(ref.conversationId);
      let result: SendResult;
      try {
        result = await this.deps.sender.send(ref, activity);
      } catch (err) {
        this.deps.log.error('reminder send threw', err);
        result = { kind: 'failed', error: 'exception' };
      }
      if (result.kind === 'sent') {
        this.deps.ledger.markSent(key, result.activityId, this.deps.clock.now());
        return 'sent';
      }
      if (result.kind === 'gone') {
        this.deps.ledger.markParked(key, `gone ${result.status}`);
        return 'gone';
      }
      const retryable = result.kind === 'throttled' || result.status === undefined || result.status === 412 || result.status >= 500;
      const wait = result.kind === 'throttled' && result.retryAfterMs !== undefined ? result.retryAfterMs : this.backoff(attempt);
      const outcome = result.kind === 'throttled' ? 'throttled' : 'failed';
      if (!retryable || attempt >= this.o.maxAttemptsPerRun || wait > this.o.maxInRunWaitMs) {
        // Left due: the next run (any dispatcher) takes it from next_attempt_at.
        const next = new Date(this.deps.clock.now().getTime() + Math.max(wait, retryable ? 0 : 15 * MINUTE));
        this.deps.ledger.markFailed(key, next, result.kind === 'throttled' ? 'throttled' : result.error);
        this.deps.log.warn(`reminder ${key.entryId} ${key.date} left for a later run (${outcome})`);
        return outcome;
      }
      await this.sleep(wait);
    }
  }

  /** Full-jitter exponential backoff: 1 s, 2 s, 4 s … capped at 30 s, times [0.5, 1). */
  private backoff(attempt: number): number {
    return Math.round(Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.5 + this.random() / 2));
  }

  /** Stops the channel's subscriptions and tells each coordinator once, in their personal chat. */
  private async channelGone(ref: ConversationRef): Promise<void> {
    const now = this.deps.clock.now();
    if (!this.deps.subscriptions.markGone(ref.conversationId, now)) return;
    this.deps.conversations.markGone(ref.conversationId, now);
    this.deps.log.warn('a subscribed channel is gone; its subscriptions are stopped');
    const text = REMINDER_TEXTS.channelGone(ref.channelName ?? 'General', ref.teamName ?? '');
    for (const c of this.deps.plan.coordinators) {
      const chat = this.deps.conversations.personalChatOf(c.aadObjectId);
      if (!chat) continue;
      await this.limiter.acquire(chat.conversationId);
      const r = await this.deps.sender.send(chat, { type: 'message', text }).catch(() => ({ kind: 'failed' as const }));
      if (r.kind !== 'sent') this.deps.log.warn(`could not tell a coordinator that a channel is gone (${r.kind})`);
    }
  }
}
