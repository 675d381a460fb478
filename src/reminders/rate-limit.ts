import type { Clock } from '../common/clock';

/** Waits `ms` on whatever time the clock follows; tests advance a ManualClock instead of sleeping. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A token bucket on the injected clock: `capacity` tokens, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly capacity: number, private perSecond: number, private readonly clock: Clock) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be >= 1, got ${capacity}`);
    if (!(perSecond > 0)) throw new RangeError(`perSecond must be > 0, got ${perSecond}`);
    this.tokens = capacity;
    this.last = clock.now().getTime();
  }

  /** Milliseconds until a token is available; 0 means one is available now. */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }

  /** Changes the refill rate from now on; tokens already earned are kept. */
  setRate(perSecond: number): void {
    if (!(perSecond > 0)) throw new RangeError(`perSecond must be > 0, got ${perSecond}`);
    this.refill();
    this.perSecond = perSecond;
  }

  take(): void {
    this.refill();
    this.tokens -= 1;
  }

  private refill(): void {
    const now = this.clock.now().getTime();
    // Rounded to 1e-9 so float error never turns a full token into 0.9999999.
    this.tokens = Math.min(this.capacity, Math.round((this.tokens + ((now - this.last) / 1000) * this.perSecond) * 1e9) / 1e9);
    this.last = now;
  }
}

export interface RateLimits {
  /** Teams allows about 7 messages per second into one conversation. Default 7. */
  perChannelPerSecond?: number;
  /** And about 50 per second per bot overall. Default 50. */
  overallPerSecond?: number;
  /** Sends allowed back to back before pacing starts. Default 1: evenly spaced, so no one-second window ever exceeds the limits. */
  burst?: number;
}

/** Teams' posting limits: one bucket overall and one per channel; a send needs a token from both. */
export class RateLimiter {
  private readonly overall: TokenBucket;
  private readonly channels = new Map<string, TokenBucket>();
  private readonly perChannel: number;
  private readonly burst: number;

  constructor(private readonly clock: Clock, private readonly sleep: Sleep, limits: RateLimits = {}) {
    this.perChannel = limits.perChannelPerSecond ?? 7;
    this.burst = limits.burst ?? 1;
    this.overall = new TokenBucket(this.burst, limits.overallPerSecond ?? 50, clock);
  }

  /** The overall limit is per bot: with several instances, each takes its share. */
  setOverallRate(perSecond: number): void {
    this.overall.setRate(perSecond);
  }

  /** Resolves when a send to `channel` is allowed, and takes its tokens. */
  async acquire(channel: string): Promise<void> {
    let bucket = this.channels.get(channel);
    if (!bucket) {
      bucket = new TokenBucket(this.burst, this.perChannel, this.clock);
      this.channels.set(channel, bucket);
    }
    for (;;) {
      const wait = Math.max(this.overall.waitMs(), bucket.waitMs());
      if (wait === 0) {
        this.overall.take();
        bucket.take();
        return;
      }
      await this.sleep(wait);
    }
  }
}
