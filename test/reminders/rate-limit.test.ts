import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { RateLimiter, TokenBucket } from '../../src/reminders/rate-limit';

describe('rate limits', () => {
  it('a bucket gives its capacity at once, then refills at its rate', () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const b = new TokenBucket(7, 7, clock);
    for (let i = 0; i < 7; i++) {
      assert.equal(b.waitMs(), 0);
      b.take();
    }
    assert.equal(b.waitMs(), 143);
    clock.advance(143);
    assert.equal(b.waitMs(), 0);
  });

  it('refuses a bucket without capacity or rate', () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    assert.throws(() => new TokenBucket(0, 1, clock), { name: 'RangeError', message: 'capacity must be >= 1, got 0' });
    assert.throws(() => new TokenBucket(1, 0, clock), { name: 'RangeError', message: 'perSecond must be > 0, got 0' });
  });

  async function sendsPerSecond(channels: number, total: number): Promise<{ perChannel: number; overall: number }> {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const limiter = new RateLimiter(clock, async (ms) => clock.advance(ms));
    const times: Array<[string, number]> = [];
    for (let i = 0; i < total; i++) {
      const ch = `c${i % channels}`;
      await limiter.acquire(ch);
      times.push([ch, clock.now().getTime()]);
    }
    // The most sends in any one-second window, per channel and overall.
    const most = (ts: number[]) => Math.max(...ts.map((t) => ts.filter((u) => u >= t && u < t + 1000).length));
    return { perChannel: most(times.filter(([c]) => c === 'c0').map(([, t]) => t)), overall: most(times.map(([, t]) => t)) };
  }

  it('keeps one channel at or under 7 posts per second', async () => {
    const r = await sendsPerSecond(1, 40);
    assert.equal(r.perChannel, 7);
  });

  it('keeps all channels together at or under 50 posts per second', async () => {
    const r = await sendsPerSecond(100, 400);
    assert.equal(r.overall, 50);
  });
});
