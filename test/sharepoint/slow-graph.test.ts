import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { openDatabase, type Db } from '../../src/storage/database';
import { createMeasures, messages } from '../../src/measures';
import type { Proposal } from '../../src/measures/types';
import { kari, ola, recordingLogger, sqliteMeasureStores, testPlan } from '../measures/fixtures';
import { ManualTimeouts, sharePointHarness, type SharePointHarness, SITE } from './harness';

/**
 * A Graph that does not answer, or asks us to wait a day (finding 10). Time is a ManualClock that
 * drives the Graph client's request timeouts and the click's wait alike; nothing sleeps.
 */
describe('a click and a command while Graph does not answer', () => {
  let h: SharePointHarness;
  let clock: ManualClock;
  let timeouts: ManualTimeouts;
  let db: Db;
  let m: ReturnType<typeof createMeasures>;

  beforeEach(async () => {
    clock = new ManualClock('2026-03-01T09:00:00Z');
    timeouts = new ManualTimeouts(clock);
    h = await sharePointHarness(testPlan().measures, {}, { timeoutSignal: timeouts.signal });
    db = openDatabase(':memory:');
    m = createMeasures({ ...sqliteMeasureStores(db), repo: h.repo, plan: testPlan(), clock, log: recordingLogger().log, outbox: { random: () => 0.5 }, wait: timeouts.wait });
  });
  afterEach(async () => {
    await h.emulator.up();
    await m.worker.stop();
    db.close();
    await h.close();
  });

  /** Moves the clock a second at a time until `work` settles; how long it took, in clock time. */
  async function timeTaken<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
    let settled = false;
    const done = work.finally(() => (settled = true));
    const start = clock.now().getTime();
    for (let i = 0; i < 200 && !settled; i++) {
      for (let j = 0; j < 20 && !settled; j++) await new Promise((r) => setImmediate(r));
      if (!settled) timeouts.advance(1_000);
    }
    return { value: await done, ms: clock.now().getTime() - start };
  }

  async function propose(): Promise<Proposal> {
    const r = await m.service.propose({ measureId: '1.1', status: 'Pågår', proposer: ola }, clock.now());
    assert.equal(r.kind, 'proposed');
    return (r as { proposal: Proposal }).proposal;
  }

  it('an approval click is answered within 10 s ("lagret; det blir skrevet"), and the outbox writes it once Graph is back', async () => {
    const p = await propose();
    await h.emulator.down('hang');
    const { value: r, ms } = await timeTaken(m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now()));
    assert.ok(ms <= 10_000, `answered after ${ms} ms`);
    assert.equal(r.kind, 'approved');
    assert.equal(r.kind === 'approved' && r.pendingWrite, true);
    assert.equal(r.message, messages.approvedPending('1.1', 'Pågår'));
    assert.match(r.message, /^Godkjent og lagret\. .* blir skrevet til SharePoint/);

    await h.emulator.up(); // the hung requests are cut; the write that was under way tries again
    await timeTaken(m.outbox.idle());
    for (let i = 0; i < 5 && (await m.outbox.entries())[0]!.state === 'pending'; i++) {
      clock.advance(60_000);
      await m.worker.runOnce();
    }
    assert.equal((await m.outbox.entries())[0]!.state, 'done');
    assert.equal(h.emulator.store.list(SITE, 'Measures')!.items[0]!.fields.Status, 'Pågår');
    assert.equal(h.emulator.requestsMatching('PATCH').filter((x) => x.status === 200).length, 1);
    assert.equal(h.emulator.store.list(SITE, 'StatusLog')!.items.length, 1);
  });

  it('"status" says the list is not answering within 10 s instead of waiting for Graph', async () => {
    await h.emulator.down('hang');
    const attempt = m.service.measuresFor(ola).then(() => 'answered', (err: Error) => err.name);
    const { value, ms } = await timeTaken(attempt);
    assert.equal(value, 'RepositoryUnavailableError');
    assert.ok(ms <= 10_000, `answered after ${ms} ms`);
  });

  it('Retry-After: 86400 parks the write for 5 minutes, not a day', async () => {
    const p = await propose();
    h.emulator.failNext('PATCH', 429, { retryAfter: 86_400 });
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.equal(r.kind === 'approved' && r.pendingWrite, true);
    const entry = (await m.outbox.entries())[0]!;
    assert.equal(Date.parse(entry.nextAttemptAt) - clock.now().getTime(), 300_000);
    clock.advance(300_000);
    assert.equal((await m.worker.runOnce()).delivered, 1);
  });
});
