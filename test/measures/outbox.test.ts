import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sinon from 'sinon';
import { ManualClock } from '../../src/common/clock';
import { openDatabase, type Db } from '../../src/storage/database';
import { createMeasures } from '../../src/measures';
import { SqliteMeasureRepository } from '../../src/measures/sqlite-repository';
import type { AppendResult, MeasureRepository, StatusChange, StatusLogEntry, WriteResult } from '../../src/measures/types';
import { kari, ola, recordingLogger, sqliteMeasureStores, testPlan } from './fixtures';

/** A real SQLite repository whose writes can be scripted to fail first; records every write. */
class FlakyRepository implements MeasureRepository {
  readonly writes: string[] = [];
  readonly failures: WriteResult[] = [];
  constructor(private readonly inner: SqliteMeasureRepository) {}
  list() { return this.inner.list(); }
  get(id: string) { return this.inner.get(id); }
  async applyStatus(id: string, change: StatusChange, version: string): Promise<WriteResult> {
    const scripted = this.failures.shift();
    this.writes.push(scripted?.kind ?? 'real');
    return scripted ?? this.inner.applyStatus(id, change, version);
  }
  appendStatusLog(e: StatusLogEntry): Promise<AppendResult> { return this.inner.appendStatusLog(e); }
  listStatusLog() { return this.inner.listStatusLog(); }
}

function build(db: Db, clock: ManualClock, repo: FlakyRepository) {
  return createMeasures({ ...sqliteMeasureStores(db), repo, plan: testPlan(), clock, log: recordingLogger().log, outbox: { random: () => 0.5 }, worker: { intervalMs: 5_000 } });
}

async function approveWhileDown(m: ReturnType<typeof build>, repo: FlakyRepository, clock: ManualClock) {
  const p = await m.service.propose({ measureId: '1.1', status: 'Fullført', proposer: ola }, clock.now());
  assert.equal(p.kind, 'proposed');
  repo.failures.push({ kind: 'failed', error: 'no response: fetch failed', transient: true });
  const r = await m.service.decide({ proposalId: p.kind === 'proposed' ? p.proposal.id : '', approve: true, decider: kari }, clock.now());
  assert.equal(r.kind === 'approved' && r.pendingWrite, true);
}

describe('Outbox and OutboxWorker', () => {
  it('a parked write survives a restart and the new process writes it once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
    const file = path.join(dir, 'assistant.db');
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    const db1 = openDatabase(file);
    const repo1 = new FlakyRepository(new SqliteMeasureRepository(db1));
    new SqliteMeasureRepository(db1).seedFromPlan(testPlan());
    await approveWhileDown(build(db1, clock, repo1), repo1, clock);
    db1.close();

    const db2 = openDatabase(file);
    const repo2 = new FlakyRepository(new SqliteMeasureRepository(db2));
    const m2 = build(db2, clock, repo2);
    clock.advance(2_000);
    assert.deepEqual(await m2.worker.runOnce(), { delivered: 1, conflicts: 0, retried: 0 });
    assert.equal((await repo2.get('1.1'))!.measure.status, 'Fullført');
    assert.equal((await repo2.listStatusLog()).length, 1);
    assert.deepEqual(await m2.worker.runOnce(), { delivered: 0, conflicts: 0, retried: 0 });
    db2.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('failed deliveries back off with jitter, and Retry-After wins when given', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    const db = openDatabase(':memory:');
    const repo = new FlakyRepository(new SqliteMeasureRepository(db));
    new SqliteMeasureRepository(db).seedFromPlan(testPlan());
    const m = build(db, clock, repo);
    await approveWhileDown(m, repo, clock);
    const next = async () => Date.parse((await m.outbox.entries())[0]!.nextAttemptAt) - clock.now().getTime();
    assert.equal(await next(), 1_500); // 2 s base, jittered to 75 % by random 0.5
    repo.failures.push({ kind: 'throttled', retryAfterMs: 7_000 });
    clock.advance(1_500);
    assert.equal((await m.worker.runOnce()).retried, 1);
    assert.equal(await next(), 7_000);
    repo.failures.push({ kind: 'failed', error: 'HTTP 503', transient: true });
    clock.advance(7_000);
    await m.worker.runOnce();
    assert.equal(await next(), 6_000); // third failure: 8 s, jittered
    assert.deepEqual(repo.writes, ['failed', 'throttled', 'failed']);
    db.close();
  });

  it('start() retries on a timer until written, and stop() ends it', async () => {
    const fake = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const clock = new ManualClock('2026-03-01T09:00:00Z');
      const db = openDatabase(':memory:');
      const repo = new FlakyRepository(new SqliteMeasureRepository(db));
      new SqliteMeasureRepository(db).seedFromPlan(testPlan());
      const m = build(db, clock, repo);
      await approveWhileDown(m, repo, clock);
      m.worker.start();
      clock.advance(5_000);
      await fake.tickAsync(5_000);
      await m.worker.idle();
      assert.equal((await m.outbox.entries())[0]!.state, 'done');
      await m.worker.stop();
      assert.equal(fake.countTimers(), 0);
      assert.deepEqual(repo.writes, ['failed', 'real']);
      db.close();
    } finally {
      fake.restore();
    }
  });

  it('a refusal for good is parked and told once, waits 5 then 10 minutes, and a release lets the fixed write through', async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    const db = openDatabase(':memory:');
    const repo = new FlakyRepository(new SqliteMeasureRepository(db));
    new SqliteMeasureRepository(db).seedFromPlan(testPlan());
    const m = build(db, clock, repo);
    const heard: string[] = [];
    m.outbox.subscribe({
      parked: (e) => void heard.push(`parked ${e.first ? 'first' : 'again'}: ${e.error} (status saved: ${e.saved.status})`),
      recovered: (e) => void heard.push(`recovered ${e.payload.measureId}`),
    });
    const refusal = { kind: 'failed', error: 'HTTP 403 accessDenied: Access denied', transient: false, status: 403 } as const;
    const p = await m.service.propose({ measureId: '1.1', status: 'Fullført', proposer: ola }, clock.now());
    repo.failures.push(refusal);
    const r = await m.service.decide({ proposalId: p.kind === 'proposed' ? p.proposal.id : '', approve: true, decider: kari }, clock.now());
    assert.equal(r.kind === 'approved' && r.parked?.status, 403);
    assert.match(r.message, /^Godkjent og lagret i assistenten, men SharePoint tok ikke imot status «Fullført» for tiltak 1\.1\. SharePoint svarte: «HTTP 403/);
    await m.outbox.idle();
    const wait = async () => Date.parse((await m.outbox.entries())[0]!.nextAttemptAt) - clock.now().getTime();
    assert.equal(await wait(), 300_000);
    clock.advance(299_000);
    assert.deepEqual(await m.worker.runOnce(), { delivered: 0, conflicts: 0, retried: 0 }, 'not retried every few seconds');
    clock.advance(1_000);
    repo.failures.push(refusal);
    assert.deepEqual(await m.worker.runOnce(), { delivered: 0, conflicts: 0, retried: 1 });
    assert.equal(await wait(), 600_000);
    assert.equal(await m.outbox.releaseParked(), 1);
    assert.deepEqual(await m.worker.runOnce(), { delivered: 1, conflicts: 0, retried: 0 });
    await m.outbox.idle();
    assert.deepEqual(heard, [
      'parked first: HTTP 403 accessDenied: Access denied (status saved: false)',
      'parked again: HTTP 403 accessDenied: Access denied (status saved: false)',
      'recovered 1.1',
    ]);
    assert.equal((await repo.get('1.1'))!.measure.status, 'Fullført');
    db.close();
  });
});
