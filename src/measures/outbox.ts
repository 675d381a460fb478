import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Measure } from '../plan/types';
import type { DecisionLedger } from './ledger';
import type { OutboxEntry, OutboxKey, OutboxLease, OutboxStore } from './outbox-store';
import type { DeliveryResult, OutboxListener, Saved, Watch } from './outbox-events';
import type { AppendResult, MeasureRepository, OutboxPayload, WriteFailure, WriteResult } from './types';

export type { DeliveryResult, OutboxListener, ParkedEvent, Saved, Watch } from './outbox-events';

/** Tuning for how parked work is rescheduled; `random` is injected so tests are deterministic. */
export interface OutboxOptions {
  /** How long a claimed entry is reserved for one deliverer. Default 60 s. */
  leaseMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** The longest Retry-After honoured; a longer one waits this long. Default 5 minutes. */
  maxRetryAfterMs?: number;
  /** The first wait after a refusal for good; it doubles with each refusal. Default 5 minutes. */
  parkMs?: number;
  /** The longest wait of a parked entry. Default 30 minutes. */
  maxParkMs?: number;
}

/**
 * The transactional outbox: each decision's pending repository work, written in the same
 * transaction as the decision, delivered inline first and by the OutboxWorker (on every
 * instance) after that. A lease makes sure no two deliverers work one entry at once; the
 * repository writes are idempotent besides, so a deliverer that lost its lease repeats nothing.
 * Transient failures are retried with backoff; refusals that retrying cannot fix are parked,
 * told to listeners once, and tried again after a long wait or when `releaseParked` is called.
 */
export class Outbox {
  private readonly leaseMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly random: () => number;
  private readonly maxRetryAfterMs: number;
  private readonly parkMs: number;
  private readonly maxParkMs: number;
  private readonly listeners: OutboxListener[] = [];
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly store: OutboxStore,
    private readonly repo: MeasureRepository,
    private readonly ledger: DecisionLedger,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: OutboxOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.baseDelayMs = options.baseDelayMs ?? 2_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.random = options.random ?? Math.random;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000;
    this.parkMs = options.parkMs ?? 300_000;
    this.maxParkMs = options.maxParkMs ?? 1_800_000;
  }

  /** Adds a listener for outcomes people must hear about. */
  subscribe(listener: OutboxListener): void {
    this.listeners.push(listener);
  }

  /** Reserves one entry for delivery; undefined if it is done or someone else holds it. */
  claim(key: OutboxKey): Promise<OutboxLease | undefined> {
    return this.store.claim(key, this.clock.now(), this.leaseMs);
  }

  /** Keys of entries due now, oldest first. */
  due(limit = 20): Promise<OutboxKey[]> {
    return this.store.due(this.clock.now(), limit);
  }

  /** Parked entries become due now: call it when their cause may be fixed (a column was added). */
  releaseParked(): Promise<number> {
    return this.store.releaseParked(this.clock.now());
  }

  /**
   * Delivers a claimed entry and records the outcome; never throws for repository failures.
   * `watch` is for a caller that waits (an approval click): a conflict found after it stopped
   * waiting is told to listeners instead.
   */
  deliver(lease: OutboxLease, watch: Watch = { awaited: false }): Promise<DeliveryResult> {
    return this.track(this.run(lease, watch));
  }

  /** Resolves when no delivery or listener started here is still running; `stop()` and tests wait on it. */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
  }

  entries(): Promise<OutboxEntry[]> {
    return this.store.entries();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    const done: Promise<unknown> = work.then(
      () => this.inflight.delete(done),
      () => this.inflight.delete(done),
    );
    this.inflight.add(done);
    return work;
  }

  private async run(lease: OutboxLease, watch: Watch): Promise<DeliveryResult> {
    const result = await this.attempt(lease.payload, { status: false, log: false }).catch(
      (err: unknown): DeliveryResult => ({ kind: 'retry', error: err instanceof Error ? err.message : String(err) }),
    );
    const now = this.clock.now();
    const ids = { decisionId: lease.decisionId };
    if (result.kind === 'retry') {
      // Honour the server's Retry-After when it gave one, up to a bound; otherwise back off.
      const delay = result.retryAfterMs && result.retryAfterMs > 0 ? Math.min(result.retryAfterMs, this.maxRetryAfterMs) : this.backoff(lease.attempts);
      await this.store.retry(lease, new Date(now.getTime() + delay), result.error);
      this.log.warn('write deferred', { ...ids, retryInMs: delay, error: result.error });
    } else if (result.kind === 'parked') {
      const delay = Math.min(this.maxParkMs, this.parkMs * 2 ** lease.parkedCount);
      await this.store.park(lease, new Date(now.getTime() + delay), result.error);
      this.log.warn('write parked: the repository refused it, retrying cannot fix it', { ...ids, retryInMs: delay, error: result.error });
      this.emit((l) => l.parked?.({ payload: lease.payload, error: result.error, ...(result.status ? { status: result.status } : {}), saved: result.saved, first: !lease.parked }));
    } else {
      await this.store.finish(lease, result.kind === 'delivered' ? 'done' : 'conflict', now);
      if (lease.parked && result.kind === 'delivered') this.emit((l) => l.recovered?.({ payload: lease.payload }));
      if (result.kind === 'conflict' && !watch.awaited) this.emit((l) => l.conflict?.({ payload: lease.payload, current: result.current }));
    }
    return result;
  }

  /** Listeners run beside the delivery; their failures are logged, never the delivery's. */
  private emit(call: (l: OutboxListener) => Promise<void> | void | undefined): void {
    for (const l of this.listeners) {
      this.track(Promise.resolve().then(() => call(l))).catch((err: unknown) => this.log.error('outbox listener failed', err));
    }
  }

  private async attempt(payload: OutboxPayload, saved: Saved): Promise<DeliveryResult> {
    let log = payload.log;
    let conflict: Measure | undefined;
    // Skip the write once it is known to be done, so a later edit in SharePoint is not mistaken for a conflict.
    const ref = { id: payload.decisionId, proposalId: payload.log.proposalId };
    const decision = await this.ledger.decisionFor(ref.proposalId);
    saved.status = decision?.writeState === 'written';
    if (payload.change && decision?.writeState === 'pending') {
      // Without the decision id on the measure, the log row is what a retry recognises: it goes first.
      if ((await this.repo.writeOrder?.()) === 'log-first') {
        const first = appendOutcome(await this.repo.appendStatusLog(log), saved);
        if (first) return first;
      }
      // Entries parked before the decision id travelled with the change get it from the entry.
      const change = { ...payload.change, decisionId: payload.change.decisionId ?? payload.decisionId };
      const w: WriteResult = await this.repo.applyStatus(payload.measureId, change, payload.expectedVersion);
      if (w.kind === 'throttled') return { kind: 'retry', retryAfterMs: w.retryAfterMs, error: 'throttled' };
      if (w.kind === 'failed') return failure(w, saved);
      if (w.kind === 'conflict') {
        conflict = w.current;
        await this.ledger.setWriteState(ref, 'conflict');
      } else {
        await this.ledger.setWriteState(ref, 'written');
        saved.status = true;
      }
    }
    if (decision?.writeState === 'conflict' || conflict) log = { ...log, outcome: 'conflict' };
    const last = appendOutcome(await this.repo.appendStatusLog(log), saved);
    if (last) return last;
    if (conflict) return { kind: 'conflict', current: conflict };
    return { kind: 'delivered' };
  }

  /** Jittered exponential backoff, capped, so parked writes never hammer a recovering service. */
  private backoff(attempts: number): number {
    const exp = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempts);
    return Math.round(exp / 2 + (exp / 2) * this.random());
  }
}

/** undefined when the row is there (appended now or before); else what to do about it. */
function appendOutcome(a: AppendResult, saved: Saved): DeliveryResult | undefined {
  if (a.kind === 'appended' || a.kind === 'duplicate') {
    saved.log = true;
    return undefined;
  }
  if (a.kind === 'throttled') return { kind: 'retry', retryAfterMs: a.retryAfterMs, error: 'throttled' };
  return failure(a, saved);
}

function failure(f: WriteFailure, saved: Saved): DeliveryResult {
  if (f.transient) return { kind: 'retry', error: f.error };
  return { kind: 'parked', error: f.error, ...(f.status ? { status: f.status } : {}), saved: { ...saved } };
}
