import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { openDatabase, type Db } from '../../src/storage/database';
import { createMeasures } from '../../src/measures';
import type { Proposal } from '../../src/measures/types';
import { kari, ola, recordingLogger, sqliteMeasureStores, testPlan } from '../measures/fixtures';
import { ManualTimeouts, sharePointHarness, type SharePointHarness, SITE } from './harness';

/**
 * The status write when things go wrong between SharePoint and us: a reply that never arrives,
 * an edit to another column (a process that dies mid-write: approval-scenarios.test.ts). Time is a ManualClock throughout;
 * the client's request timeout is driven by it, so "35 s without a reply" takes no time.
 */
describe('the SharePoint status write, when a reply is lost or another column changed', () => {
  // Real clocks have milliseconds; SharePoint stores whole seconds.
  const START = '2026-03-01T09:00:00.123Z';
  let h: SharePointHarness;
  let clock: ManualClock;
  let timeouts: ManualTimeouts;
  const dbs: Db[] = [];

  beforeEach(async () => {
    clock = new ManualClock(START);
    timeouts = new ManualTimeouts(clock);
    h = await sharePointHarness(testPlan().measures, {}, { timeoutSignal: timeouts.signal });
  });
  afterEach(async () => {
    for (const db of dbs.splice(0)) if (db.open) db.close();
    await h.close();
  });

  function stack(db: Db, repo = h.repo) {
    dbs.push(db);
    return createMeasures({ ...sqliteMeasureStores(db), repo, plan: testPlan(), clock, log: recordingLogger().log, outbox: { random: () => 0.5 } });
  }
  async function propose(m: ReturnType<typeof stack>): Promise<Proposal> {
    const r = await m.service.propose({ measureId: '1.1', status: 'Pågår', comment: 'Startet', proposer: ola }, clock.now());
    assert.equal(r.kind, 'proposed');
    return (r as { proposal: Proposal }).proposal;
  }
  const item = () => h.emulator.store.list(SITE, 'Measures')!.items.find((i) => i.fields.MeasureId === '1.1')!;
  const statusLog = () => h.emulator.store.list(SITE, 'StatusLog')!.items.map((i) => i.fields.Outcome);

  it('a write whose reply is held past the timeout is recognised as ours on retry, not as a conflict', async () => {
    const m = stack(openDatabase(':memory:'));
    const p = await propose(m);
    const held = h.emulator.holdNext('PATCH');
    const deciding = m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    const reply = await held;
    assert.equal(item().fields.Status, 'Pågår', 'SharePoint applied the PATCH');
    timeouts.advance(35_000);
    const r = await deciding;
    reply.release();
    assert.equal(r.kind, 'approved');
    assert.equal(r.kind === 'approved' && r.pendingWrite, false);
    assert.deepEqual(h.emulator.requestsMatching('PATCH').map((x) => x.status), [200, 412]);
    assert.equal((await m.ledger.decisionFor(p.id))?.writeState, 'written');
    assert.equal(item().fields.DecisionId, (r as { decision: { id: string } }).decision.id);
    assert.deepEqual(statusLog(), ['Godkjent']);
  });

  it('an edit to another column after the proposal does not make the approval stale: the write repeats with the new eTag', async () => {
    const m = stack(openDatabase(':memory:'));
    const p = await propose(m);
    h.emulator.store.updateFields(item(), { Responsible: 'Barnevernstjenesten' }, new Date().toISOString());
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.equal(r.kind, 'approved', r.message);
    assert.equal(r.kind === 'approved' && r.pendingWrite, false);
    assert.deepEqual(h.emulator.requestsMatching('PATCH').map((x) => x.status), [412, 200]);
    assert.equal(item().fields.Status, 'Pågår');
    assert.equal(item().fields.Responsible, 'Barnevernstjenesten', 'the other edit is kept');
    assert.deepEqual(statusLog(), ['Godkjent']);
  });

  it('a status changed by someone else still makes the approval stale', async () => {
    const m = stack(openDatabase(':memory:'));
    const p = await propose(m);
    h.emulator.store.updateFields(item(), { Status: 'Forsinket' }, new Date().toISOString());
    const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
    assert.equal(r.kind, 'stale');
    assert.equal(h.emulator.requestsMatching('PATCH').length, 0);
  });
});
