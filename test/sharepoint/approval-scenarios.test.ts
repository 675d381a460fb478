import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { openDatabase, type Db } from '../../src/storage/database';
import { createMeasures } from '../../src/measures';
import type { Proposal } from '../../src/measures/types';
import { SharePointMeasureRepository } from '../../src/sharepoint/sharepoint-repository';
import { countDecisions, kari, ola, per, recordingLogger, sqliteMeasureStores, testPlan } from '../measures/fixtures';
import { ManualTimeouts, recordedSleeps, sharePointHarness, type ListShapeOptions, type SharePointHarness, SITE } from './harness';

/**
 * The eight approval scenarios, each on three shapes of the lists: freshly provisioned, and the
 * previous release's (no DecisionId on the measures list) with an app that may add columns
 * (`manage`) and with one that may not (`write`). Every scenario must end with the status
 * written once (or not at all) and exactly one status log row per decision.
 */
const SHAPES: Array<{ name: string } & ListShapeOptions> = [
  { name: 'freshly provisioned lists' },
  { name: "the previous release's lists, app with manage (adds DecisionId)", previousRelease: true, permission: 'manage' },
  { name: "the previous release's lists, app with write only (writes without DecisionId)", previousRelease: true, permission: 'write' },
];

for (const shape of SHAPES) {
  describe(`approval scenarios on ${shape.name}`, () => {
    let h: SharePointHarness;
    let clock: ManualClock;
    let timeouts: ManualTimeouts;
    const dbs: Db[] = [];

    beforeEach(async () => {
      clock = new ManualClock('2026-03-01T09:00:00.123Z');
      timeouts = new ManualTimeouts(clock);
      h = await sharePointHarness(testPlan().measures, {}, { timeoutSignal: timeouts.signal }, shape);
    });
    afterEach(async () => {
      for (const db of dbs.splice(0)) if (db.open) db.close();
      await h.close();
    });

    function stack(db: Db = openDatabase(':memory:'), repo = h.repo) {
      dbs.push(db);
      return createMeasures({
        ...sqliteMeasureStores(db), repo, plan: testPlan(), clock, log: recordingLogger().log,
        outbox: { random: () => 0.5 }, wait: timeouts.wait,
      });
    }
    async function propose(m: ReturnType<typeof stack>, measureId = '1.1', status = 'Pågår'): Promise<Proposal> {
      const r = await m.service.propose({ measureId, status, comment: 'Startet', proposer: ola }, clock.now());
      assert.equal(r.kind, 'proposed', r.message);
      return (r as { proposal: Proposal }).proposal;
    }
    const item = (id = '1.1') => h.emulator.store.list(SITE, 'Measures')!.items.find((i) => i.fields.MeasureId === id)!;
    const statusLog = () => h.emulator.store.list(SITE, 'StatusLog')!.items.map((i) => i.fields.Outcome);
    const patches = (status = 200) => h.emulator.requestsMatching('PATCH', '/items/').filter((r) => r.status === status && r.body && 'Status' in (r.body as object)).length;
    /** With write only, the log row (the retry's proof) must reach SharePoint before the status. */
    function assertOrder(): void {
      const hasDecisionId = h.emulator.store.list(SITE, 'Measures')!.columns.some((c) => c.name === 'DecisionId');
      assert.equal(hasDecisionId, shape.permission !== 'write', 'DecisionId is added exactly when the permission allows it');
      if (hasDecisionId) return;
      const logList = h.emulator.store.list(SITE, 'StatusLog')!.id;
      const firstLog = h.emulator.requests.findIndex((r) => r.method === 'POST' && r.path.includes(logList) && r.status === 201);
      const firstPatch = h.emulator.requests.findIndex((r) => r.method === 'PATCH' && r.status === 200);
      assert.ok(firstLog >= 0 && firstLog < firstPatch, 'StatusLog row first, then the item');
    }

    it('1 approve: the status is written once, with one Godkjent row', async () => {
      const m = stack();
      const p = await propose(m);
      const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
      assert.equal(r.kind === 'approved' && r.pendingWrite, false, r.message);
      assert.equal(item().fields.Status, 'Pågår');
      assert.equal(item().fields.ApprovedBy, 'Kari Nordmann');
      assert.deepEqual(statusLog(), ['Godkjent']);
      assert.equal(patches(), 1);
      assert.equal((await m.ledger.decisionFor(p.id))?.writeState, 'written');
      assertOrder();
    });

    it('2 reject: the status stays, one Avvist row, no item write', async () => {
      const m = stack();
      const p = await propose(m);
      const r = await m.service.decide({ proposalId: p.id, approve: false, comment: 'Vent', decider: kari }, clock.now());
      assert.equal(r.kind, 'rejected');
      assert.equal(item().fields.Status, 'Ikke startet');
      assert.deepEqual(statusLog(), ['Avvist']);
      assert.equal(patches(), 0);
      assert.equal((await m.worker.runOnce()).delivered, 0);
    });

    it('3 approve twice: one decision, one write, one row; the second click sees the first', async () => {
      const m = stack();
      const p = await propose(m);
      await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
      const again = await m.service.decide({ proposalId: p.id, approve: true, decider: per }, clock.now());
      assert.equal(again.kind, 'already-decided');
      assert.equal(await countDecisions(m.ledger), 1);
      assert.equal(patches(), 1);
      assert.deepEqual(statusLog(), ['Godkjent']);
    });

    it('4 stale proposal: the status moved in SharePoint, nothing is written', async () => {
      const m = stack();
      const p = await propose(m);
      h.emulator.store.updateFields(item(), { Status: 'Forsinket' }, new Date().toISOString());
      const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
      assert.equal(r.kind, 'stale');
      assert.equal(h.emulator.requestsMatching('PATCH').length, 0);
      assert.deepEqual(statusLog(), []);
      assert.equal(item().fields.Status, 'Forsinket');
    });

    it('5 412 on write: another column edited is kept and the write repeats; a lost reply is recognised as ours', async () => {
      const m = stack();
      const edited = await propose(m, '1.1');
      h.emulator.store.updateFields(item('1.1'), { Responsible: 'Barnevernstjenesten' }, new Date().toISOString());
      const r1 = await m.service.decide({ proposalId: edited.id, approve: true, decider: kari }, clock.now());
      assert.equal(r1.kind === 'approved' && r1.pendingWrite, false, r1.message);
      assert.equal(item('1.1').fields.Responsible, 'Barnevernstjenesten');
      assert.equal(item('1.1').fields.Status, 'Pågår');

      const lost = await propose(m, '1.2', 'Fullført');
      const held = h.emulator.holdNext('PATCH');
      const deciding = m.service.decide({ proposalId: lost.id, approve: true, decider: kari }, clock.now());
      const reply = await held;
      timeouts.advance(35_000); // no reply within the request timeout: the client retries, gets 412
      await deciding;
      await m.outbox.idle();
      reply.release();
      assert.equal((await m.ledger.decisionFor(lost.id))?.writeState, 'written', 'ours, not a conflict');
      assert.equal(item('1.2').fields.Status, 'Fullført');
      assert.deepEqual(statusLog(), ['Godkjent', 'Godkjent']);
    });

    it('6 429 with Retry-After past the retry bound: parked that long, then written once by the worker', async () => {
      const m = stack();
      const p = await propose(m);
      for (let i = 0; i < 4; i++) h.emulator.failNext('PATCH', 429, { retryAfter: 1 });
      const r = await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now());
      assert.equal(r.kind === 'approved' && r.pendingWrite, true);
      assert.deepEqual(await m.worker.runOnce(), { delivered: 0, conflicts: 0, retried: 0 }, 'not due before Retry-After');
      clock.advance(1_000);
      assert.deepEqual(await m.worker.runOnce(), { delivered: 1, conflicts: 0, retried: 0 });
      assert.equal(patches(), 1);
      assert.deepEqual(statusLog(), ['Godkjent']);
      assert.equal(item().fields.Status, 'Pågår');
    });

    it('7 kill -9 mid-write: after the restart the outbox finishes it as written, not as a conflict', async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-scenario-')), 'assistant.db');
      const before = stack(openDatabase(file));
      const p = await propose(before);
      const held = h.emulator.holdNext('PATCH');
      const dying = before.service.decide({ proposalId: p.id, approve: true, decider: kari }, clock.now()).catch(() => undefined);
      const reply = await held;
      dbs[0]!.close(); // the process dies: its database and its Graph client are gone

      clock.advance(61_000);
      const fresh = new SharePointMeasureRepository(h.graph, { siteId: SITE, retry: { random: () => 0.5, sleep: recordedSleeps().sleep } });
      const after = stack(openDatabase(file), fresh);
      assert.deepEqual(await after.worker.runOnce(), { delivered: 1, conflicts: 0, retried: 0 });
      assert.equal((await after.ledger.decisionFor(p.id))?.writeState, 'written');
      assert.equal(item().fields.Status, 'Pågår');
      assert.deepEqual(statusLog(), ['Godkjent']);
      reply.drop();
      await dying;
    });

    it('8 twenty concurrent clicks: one decision, one write, one row', async () => {
      const m = stack();
      const p = await propose(m);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => m.service.decide({ proposalId: p.id, approve: true, decider: i % 2 ? kari : per }, clock.now())),
      );
      assert.equal(results.filter((r) => r.kind === 'approved').length, 1);
      assert.equal(results.filter((r) => r.kind === 'already-decided').length, 19);
      assert.equal(await countDecisions(m.ledger, p.id), 1);
      assert.equal(patches(), 1);
      assert.deepEqual(statusLog(), ['Godkjent']);
      assertOrder();
    });
  });
}
