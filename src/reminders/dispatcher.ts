import os from 'node:os';
import type { ActivityLike } from '@microsoft/teams.api';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { MessageSender } from '../bot/message-sender';
import type { Plan, WheelEntry } from '../plan/types';
import type { ConversationStore } from '../storage/conversation-store';
import { osloDate } from './calendar';
import { deliver, type DeliveryDeps } from './delivery';
import type { DeliveryKey, ReminderLedger } from './ledger';
import { duePairs, subscriptionsByAudience } from './due';
import type { Occurrence } from './occurrences';
import { RateLimiter, realSleep, type RateLimits, type Sleep } from './rate-limit';
import type { Subscription, SubscriptionStore } from './subscriptions';
import { KnownDone } from './known-done';
import { CoordinatorNotices } from './notices';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A reminder too old to post (beyond the catch-up window); reported once, never posted. */
export type ExpiredReminder = DeliveryKey;

/** What one run did. Counts only in `counts`; `expired` names entries, never people. */
export interface RunReport {
  at: string;
  counts: { due: number; sent: number; alreadyDone: number; waiting: number; throttled: number; failed: number; gone: number; expired: number; uncertain: number };
  expired: ExpiredReminder[];
}

export interface DispatcherOptions extends RateLimits {
  /** A claim older than this is taken over even if its owner still beats (a hung send). Default 2 min. */
  leaseMs?: number;
  /** A dispatcher beats this often while it runs a pass. Default 10 s. */
  heartbeatMs?: number;
  /** A dispatcher silent for this long is taken to be dead, and its claims are taken over. Default 30 s. */
  staleMs?: number;
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
  /** In [0, 1); jitters the backoff and shuffles the channel order. */
  random?: () => number;
  owner?: string;
  options?: DispatcherOptions;
  /** The failure window of each sent reminder (intent recorded → activity id recorded), in ms. */
  onWindow?: (ms: number) => void;
}

type Options = Required<Omit<DispatcherOptions, keyof RateLimits>>;

/**
 * Posts due wheel reminders to subscribed channels, each (occurrence × channel) once: claim in
 * the ledger, record the send intent, post, record the activity id. Every instance may run it at
 * once; the ledger's conditional writes decide. Expected failures are values; nothing is dropped
 * silently: a post cut short by a crash is reported to the coordinators, never posted twice.
 */
export class Dispatcher {
  private readonly limiter: RateLimiter;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  readonly owner: string;
  private readonly o: Options;
  private readonly overallPerSecond: number;
  private readonly known = new KnownDone();
  private readonly notices: CoordinatorNotices;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DispatcherDeps) {
    this.sleep = deps.sleep ?? realSleep;
    this.random = deps.random ?? Math.random;
    this.owner = deps.owner ?? `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    const o = deps.options ?? {};
    this.o = {
      leaseMs: o.leaseMs ?? 2 * MINUTE, heartbeatMs: o.heartbeatMs ?? 10_000, staleMs: o.staleMs ?? 30_000,
      catchUpMs: o.catchUpMs ?? 3 * DAY, maxAttemptsPerRun: o.maxAttemptsPerRun ?? 3,
      maxInRunWaitMs: o.maxInRunWaitMs ?? 10_000, concurrency: o.concurrency ?? 16,
    };
    if (!(this.o.maxAttemptsPerRun >= 1)) throw new RangeError(`maxAttemptsPerRun must be >= 1, got ${this.o.maxAttemptsPerRun}`);
    if (!(this.o.staleMs > this.o.heartbeatMs)) throw new RangeError('staleMs must be longer than heartbeatMs');
    this.overallPerSecond = o.overallPerSecond ?? 50;
    this.limiter = new RateLimiter(deps.clock, this.sleep, o);
    this.notices = new CoordinatorNotices(deps, this.limiter);
  }

  /** One pass at `now` (default: the clock). Passes in one process run one after another. */
  runOnce(now?: Date): Promise<RunReport> {
    const run = this.chain.then(() => this.withHeartbeat(() => this.pass(now ?? this.deps.clock.now())));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Posts one reminder to one channel now, ahead of its time (a coordinator asked for it), with
   * the same claim → send → mark as a run: it is then done, and its scheduled run skips it.
   */
  async postOne(conversationId: string, occ: Occurrence): Promise<'sent' | 'done' | 'busy' | 'gone' | 'throttled' | 'failed'> {
    return this.withHeartbeat(async () => {
      const ref = await this.deps.conversations.get(conversationId);
      const entry = this.deps.plan.wheel.find((e) => e.id === occ.entryId);
      if (!ref || !entry) return 'failed';
      const key: DeliveryKey = { entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId };
      const claim = await this.deps.ledger.claim(key, { owner: this.owner, now: this.deps.clock.now(), leaseMs: this.o.leaseMs, staleMs: this.o.staleMs, late: false });
      if (claim.kind === 'done' || claim.kind === 'uncertain') return 'done';
      if (claim.kind === 'busy') return 'busy';
      const outcome = await deliver(this.deliveryDeps(), ref, claim.lease, this.deps.compose(occ, entry, false));
      if (outcome === 'sent' || outcome === 'uncertain') this.known.add(key);
      if (outcome === 'uncertain') await this.notices.uncertain(ref, key);
      if (outcome === 'gone') await this.notices.channelGone(ref);
      return outcome === 'uncertain' ? 'done' : outcome === 'lost' ? 'busy' : outcome;
    });
  }


  /** Resolves when no pass is running. */
  async idle(): Promise<void> {
    await this.chain;
  }

  /** Beats while the pass runs, so other instances know its claims are in flight. */
  private async withHeartbeat<T>(work: () => Promise<T>): Promise<T> {
    const beat = () => this.deps.ledger.heartbeat(this.owner, this.deps.clock.now());
    await beat();
    const timer = setInterval(() => void beat().catch((err) => this.deps.log.warn('heartbeat failed', err)), this.o.heartbeatMs);
    timer.unref();
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  private async pass(now: Date): Promise<RunReport> {
    const report: RunReport = { at: now.toISOString(), counts: { due: 0, sent: 0, alreadyDone: 0, waiting: 0, throttled: 0, failed: 0, gone: 0, expired: 0, uncertain: 0 }, expired: [] };
    const from = new Date(now.getTime() - this.o.catchUpMs);
    const subs = await subscriptionsByAudience(this.deps.plan.wheel, this.deps.subscriptions);
    // Teams' overall limit is per bot, so the instances share it.
    this.limiter.setOverallRate(this.overallPerSecond / (await this.deps.ledger.liveInstances(now, this.o.staleMs)));
    const lanes = new Map<string, Occurrence[]>();
    for (const { occ, conversationId } of duePairs(this.deps.plan.wheel, subs, from, now, (at) => at >= from.getTime() && at <= now.getTime(), now)) {
      const lane = lanes.get(conversationId) ?? [];
      lane.push(occ);
      lanes.set(conversationId, lane);
      report.counts.due++;
    }
    await this.expire(subs, from, now, report);
    this.known.prune(osloDate(new Date(from.getTime() - 31 * DAY)));
    // Instances start at different channels, so three dispatchers rarely queue behind one another.
    const queue = [...lanes.entries()];
    const start = Math.floor(this.random() * queue.length);
    queue.push(...queue.splice(0, start));
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        // A store or network error stops this channel for this run only; its claim (if any) is
        // taken over after the lease, and the other channels go on.
        await this.lane(next[0], next[1], now, report).catch((err: unknown) => {
          report.counts.failed++;
          this.deps.log.warn('a channel\'s reminders were left for a later run: the state store failed', err);
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency, queue.length) }, worker));
    if (report.counts.due > report.counts.alreadyDone || report.counts.expired > 0) this.deps.log.info('reminder run', report.counts);
    return report;
  }

  /** Reminders older than the catch-up window that were never posted: parked and reported once. */
  private async expire(subs: Map<string, Subscription[]>, from: Date, now: Date, report: RunReport): Promise<void> {
    const lookBack = new Date(from.getTime() - 30 * DAY);
    for (const { occ, conversationId } of duePairs(this.deps.plan.wheel, subs, lookBack, from, (at) => at < from.getTime(), now)) {
      const key: DeliveryKey = { entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId };
      // Checked once per process: after that the row is parked, sent or otherwise settled.
      if (this.known.has(key)) continue;
      const first = await this.deps.ledger.expire(key, now);
      this.known.add(key);
      if (!first) continue;
      report.expired.push(key);
      report.counts.expired++;
      this.deps.log.warn(`reminder ${occ.entryId} ${occ.date} ${occ.kind} is older than the catch-up window; not posted`);
    }
  }

  private async lane(conversationId: string, occs: Occurrence[], now: Date, report: RunReport): Promise<void> {
    const todo = occs.filter((occ) => !this.known.has({ entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId }));
    report.counts.alreadyDone += occs.length - todo.length;
    if (todo.length === 0) return;
    const ref = await this.deps.conversations.get(conversationId);
    if (!ref) {
      this.deps.log.warn('subscribed channel has no stored conversation reference');
      report.counts.failed += todo.length;
      return;
    }
    for (const occ of todo) {
      const key: DeliveryKey = { entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId };
      const late = occ.late === true || now.getTime() - occ.at.getTime() > 60 * MINUTE;
      const claim = await this.deps.ledger.claim(key, { owner: this.owner, now: this.deps.clock.now(), leaseMs: this.o.leaseMs, staleMs: this.o.staleMs, late });
      if (claim.kind === 'done') {
        this.known.add(key);
        report.counts.alreadyDone++;
        continue;
      }
      if (claim.kind === 'uncertain') {
        // A crash cut this post short: the rest of the channel's reminders go on.
        this.known.add(key);
        report.counts.uncertain++;
        await this.notices.uncertain(ref, key);
        continue;
      }
      // Busy: a live dispatcher works this channel, or a retry waits. Later ones wait too, to keep order.
      if (claim.kind === 'busy') { report.counts.waiting++; return; }
      const entry = this.deps.plan.wheel.find((e) => e.id === occ.entryId) as WheelEntry;
      const outcome = await deliver(this.deliveryDeps(), ref, claim.lease, this.deps.compose(occ, entry, late));
      if (outcome === 'sent') {
        this.known.add(key);
        report.counts.sent++;
      } else if (outcome === 'uncertain') {
        this.known.add(key);
        report.counts.uncertain++;
        await this.notices.uncertain(ref, key);
      } else if (outcome === 'gone') {
        report.counts.gone++;
        await this.notices.channelGone(ref);
        return;
      } else {
        report.counts[outcome === 'lost' ? 'waiting' : outcome]++;
        return;
      }
    }
  }

  private deliveryDeps(): DeliveryDeps {
    return {
      ledger: this.deps.ledger, sender: this.deps.sender, limiter: this.limiter, clock: this.deps.clock, sleep: this.sleep, log: this.deps.log,
      backoff: (attempt) => this.backoff(attempt), maxAttemptsPerRun: this.o.maxAttemptsPerRun, maxInRunWaitMs: this.o.maxInRunWaitMs,
      ...(this.deps.onWindow ? { onWindow: this.deps.onWindow } : {}),
    };
  }

  /** Full-jitter exponential backoff: 1 s, 2 s, 4 s … capped at 30 s, times [0.5, 1). */
  private backoff(attempt: number): number {
    return Math.round(Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.5 + this.random() / 2));
  }
}
