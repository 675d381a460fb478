import assert from 'node:assert/strict';
import sinon from 'sinon';
import { ManualClock, type Clock } from '../../src/common/clock';
import { openDatabase, type Db } from '../../src/storage/database';
import { createMeasures } from '../../src/measures';
import { messages } from '../../src/measures/messages';
import type { Proposal } from '../../src/measures/types';
import { countDecisions, kari, ola, per, recordingLogger, sqliteMeasureStores, testPlan } from '../measures/fixtures';
import { sharePointHarness, type SharePointHarness, SITE } from './harness';

/** The whole approval path: StatusService → SharePoint adapter → real Graph client → emulator. */
describe('approving a status into SharePoint', () => {
  let h: SharePointHarness;
  let db: Db;
  let m: ReturnType<typeof createMeasures>;

  async function setUp(clock: Clock): Promise<void> {
    h = await sharePointHarness(testPlan().measures);
    db = openDatabase(':memory:');
    m = createMeasures({
      ...sqliteMeasureStores(db), repo: h.repo, plan: testPlan(), clock, log: recordingLogger().log,
      outbox: { random: () => 0.5, maxDelayMs: 10_000 },
    });
  }
  afterEach(async () => {
    db.close();
    await h.close();
  });

  async function propose(at: Date, status = 'Pågår'): Promise<Proposal> {
    const r = await m.service.propose({ measureId: '1.1', status, comment: 'Startet', proposer: ola }, at);
    assert.equal(r.kind, 'proposed');
    return (r as { proposal: Proposal }).proposal;
  }
  const statusLog = () => h.emulator.store.list(SITE, 'StatusLog')!.items;
  const measureItem = () => h.emulator.store.list(SITE, 'Measures')!.items.find((i) => i.fields.MeasureId === '1.1')!;

  it('429, 429 then 503 on PATCH still writes exactly once, with one StatusLog item', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const p = await propose(clock.now());
    h.emulator.failNext('PATCH', 429, { retryAfter: 1 });
    h.emulator.failNext('PATCH', 429, { retryAfter: 1 });
    h.emulator.failNext('PATCH', 503);
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.equal(r.kind === 'approved' && r.pendingWrite, false);
    assert.deepEqual(h.emulator.requestsMatching('PATCH').map((x) => x.status), [429, 429, 503, 200]);
    assert.equal(measureItem().fields.Status, 'Pågår');
    assert.equal(measureItem().fields.ApprovedBy, 'Kari Nordmann');
    assert.equal(statusLog().length, 1);
    assert.equal(statusLog()[0]!.fields.Outcome, 'Godkjent');
  });

  it('with SharePoint down for 30 s the approval waits in the outbox and is written once it is back', async () => {
    const fake = sinon.useFakeTimers({ now: Date.parse('2026-03-01T09:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      await setUp({ now: () => new Date() });
      const p = await propose(new Date());
      await h.emulator.down();
      const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, new Date());
      assert.equal(r.kind, 'approved');
      assert.equal(r.kind === 'approved' && r.pendingWrite, true);
      assert.equal(r.message, messages.approvedPending('1.1', 'Pågår'));
      m.worker.start();
      for (let s = 0; s < 30; s += 5) {
        await fake.tickAsync(5_000);
        await m.worker.idle();
      }
      assert.equal(measureItem().fields.Status, 'Ikke startet');
      assert.equal((await m.outbox.entries())[0]!.state, 'pending');
      assert.ok((await m.outbox.entries())[0]!.attempts >= 3);
      await h.emulator.up();
      for (let s = 0; s < 30 && (await m.outbox.entries())[0]!.state === 'pending'; s += 5) {
        await fake.tickAsync(5_000);
        await m.worker.idle();
      }
      await m.worker.stop();
      assert.equal((await m.outbox.entries())[0]!.state, 'done');
      assert.equal(measureItem().fields.Status, 'Pågår');
      assert.equal(h.emulator.requestsMatching('PATCH').filter((x) => x.status === 200).length, 1);
      assert.equal(statusLog().length, 1);
      assert.equal((await m.ledger.recentDecisions(1))[0]!.writeState, 'written');
    } finally {
      fake.restore();
    }
  });

  it('throttled past the retry bound, the write is parked and the worker finishes it without doubling', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const p = await propose(clock.now());
    for (let i = 0; i < 4; i++) h.emulator.failNext('PATCH', 429, { retryAfter: 1 });
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.equal(r.kind === 'approved' && r.pendingWrite, true);
    assert.deepEqual(await m.worker.runOnce(), { delivered: 0, conflicts: 0, retried: 0 }); // not due yet
    clock.advance(1_000);
    assert.deepEqual(await m.worker.runOnce(), { delivered: 1, conflicts: 0, retried: 0 });
    assert.deepEqual(await m.worker.runOnce(), { delivered: 0, conflicts: 0, retried: 0 });
    assert.equal(h.emulator.requestsMatching('PATCH').filter((x) => x.status === 200).length, 1);
    assert.equal(statusLog().length, 1);
  });

  it('a status changed in SharePoint meanwhile is a conflict, explained in Norwegian, not applied', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const p = await propose(clock.now());
    // Someone edits the list between our read (stale check) and our write: the PATCH gets 412.
    const get = h.repo.get.bind(h.repo);
    h.repo.get = async (id) => {
      const v = await get(id);
      h.emulator.store.updateFields(measureItem(), { Status: 'Avbrutt' }, new Date().toISOString());
      return v;
    };
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.equal(r.kind, 'conflict');
    assert.equal(r.kind === 'conflict' && r.currentStatus, 'Avbrutt');
    assert.equal(r.message, 'Status ble ikke endret: noen har satt tiltak 1.1 til «Avbrutt» i SharePoint i mellomtiden.');
    assert.equal(measureItem().fields.Status, 'Avbrutt');
    assert.deepEqual(statusLog().map((i) => i.fields.Outcome), ['Ikke utført (konflikt)']);
    assert.equal((await m.ledger.recentDecisions(1))[0]!.writeState, 'conflict');
  });

  it('20 concurrent approvals through SharePoint make one write and one audit record', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const p = await propose(clock.now());
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => m.service.decide({ proposalId: p.id, approve: true, decider: i % 2 ? kari : per }, clock.now())),
    );
    assert.equal(results.filter((r) => r.kind === 'approved').length, 1);
    assert.equal(results.filter((r) => r.kind === 'already-decided').length, 19);
    assert.equal(h.emulator.requestsMatching('PATCH').length, 1);
    assert.equal(await countDecisions(m.ledger, p.id), 1);
    assert.equal(statusLog().length, 1);
  });

  it('unknown measure, bad status and oversized comment get a message and write nothing to SharePoint', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const inputs = [
      { measureId: '9.9', status: 'Pågår', proposer: ola },
      { measureId: '1.1', status: 'Ferdig', proposer: ola },
      { measureId: '1.1', status: 'Pågår', comment: 'x'.repeat(501), proposer: ola },
    ];
    h.emulator.requests.length = 0;
    const results = await Promise.all(inputs.map((i) => m.service.propose(i, clock.now())));
    assert.deepEqual(results.map((r) => r.message), [messages.unknownMeasure('9.9'), messages.badStatus('Ferdig'), messages.commentTooLong]);
    assert.equal(h.emulator.requests.filter((r) => r.method !== 'GET').length, 0);
  });

  it('a proposal made before someone edited the item in SharePoint is stale and writes nothing', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const p = await propose(clock.now());
    h.emulator.store.updateFields(measureItem(), { Status: 'Forsinket' }, new Date().toISOString());
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.deepEqual(r, { kind: 'stale', message: messages.stale('1.1') });
    assert.equal(h.emulator.requestsMatching('PATCH').length, 0);
    assert.equal(statusLog().length, 0);
  });

  it('proposing while SharePoint is down says so and stores nothing', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    await h.emulator.down();
    const r = await m.service.propose({ measureId: '1.1', status: 'Pågår', proposer: ola }, clock.now());
    assert.deepEqual(r, { kind: 'unavailable', message: messages.unavailable });
    await h.emulator.up();
  });

  it('a forged approval by a non-coordinator sends nothing to SharePoint', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    await setUp(clock);
    const p = await propose(clock.now());
    const before = h.emulator.requests.length;
    assert.equal((await m.service.decide({ proposalId: p.id, approve: true, decider: ola }, clock.now())).kind, 'forbidden');
    assert.equal(h.emulator.requests.length, before);
    assert.equal(statusLog().length, 0);
  });
});
