import type { Logger } from '../common/logger';
import type { Outbox } from './outbox';

/** Options for the background retrier. */
export interface OutboxWorkerOptions {
  /** How often to look for due entries. Default 5 s. */
  intervalMs?: number;
  /** Most entries handled per run. Default 20. */
  batch?: number;
}

/** Summary of one pass over the outbox; `retried` counts entries deferred or parked. */
export interface OutboxRun {
  delivered: number;
  conflicts: number;
  retried: number;
}

/**
 * Retries parked repository work until it is written. `runOnce()` is the unit tests drive;
 * `start()` runs it on a timer, never overlapping, and `stop()` waits for the current pass.
 */
export class OutboxWorker {
  private readonly intervalMs: number;
  private readonly batch: number;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<OutboxRun> | undefined;

  constructor(
    private readonly outbox: Outbox,
    private readonly log: Logger,
    options: OutboxWorkerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 5_000;
    this.batch = options.batch ?? 20;
    if (!(this.intervalMs > 0)) throw new RangeError(`intervalMs must be > 0, got ${this.intervalMs}`);
  }

  runOnce(): Promise<OutboxRun> {
    // A pass already under way is shared, so the timer and a manual call never deliver twice.
    this.current ??= this.pass().finally(() => {
      this.current = undefined;
    });
    return this.current;
  }

  start(): void {
    if (this.timer) return;
    const tick = (): void => {
      this.runOnce()
        .catch((err: unknown) => this.log.error('outbox pass failed', err))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, this.intervalMs);
  }

  /** Stops the timer and waits for the current pass, and for deliveries an approval click left running. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
    await this.outbox.idle();
  }

  /** Resolves when no pass is running; lets tests wait for real I/O after a fake-timer tick. */
  async idle(): Promise<void> {
    while (this.current) await this.current;
  }

  private async pass(): Promise<OutboxRun> {
    const run: OutboxRun = { delivered: 0, conflicts: 0, retried: 0 };
    for (const key of await this.outbox.due(this.batch)) {
      // Another instance's worker may have taken it since `due` was read: the lease decides.
      const lease = await this.outbox.claim(key);
      if (!lease) continue;
      const result = await this.outbox.deliver(lease);
      if (result.kind === 'delivered') run.delivered++;
      else if (result.kind === 'conflict') run.conflicts++;
      else run.retried++;
    }
    if (run.delivered + run.conflicts + run.retried > 0) this.log.info('outbox pass', run);
    return run;
  }
}
