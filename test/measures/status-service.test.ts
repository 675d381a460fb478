import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { openDatabase, type Db } from '../../src/storage/database';
import { createMeasures } from '../../src/measures';
import { SqliteMeasureRepository } from '../../src/measures/sqlite-repository';
import { messages } from '../../src/measures/messages';
import type { Proposal } from '../../src/measures/types';
import { countDecisions, ingrid, kari, ola, per, recordingLogger, sqliteMeasureStores, stranger, testPlan } from './fixtures';

describe('StatusService (SQLite)', () => {
  let db: Db;
  let repo: SqliteMeasureRepository;
  let clock: ManualClock;
  let lines: string[];
  let m: ReturnType<typeof createMeasures>;
  const now = () => clock.now();

  beforeEach(() => {
    db = openDatabase(':memory:');
    repo = new SqliteMeasureRepository(db);
    repo.seedFromPlan(testPlan());
    clock = new ManualClock('2026-03-01T09:00:00Z');
    const rec = recordingLogger();
    lines = rec.lines;
    let n = 0;
    m = createMeasures({ ...sqliteMeasureStores(db), repo, plan: testPlan(), clock, log: rec.log, newId: () => `id-${++n}` });
  });
  afterEach(() => db.close());

  async function propose(measureId = '1.1', status = 'Pågår', comment?: string): Promise<Proposal> {
    const r = await m.service.propose({ measureId, status, proposer: ola, ...(comment ? { comment } : {}) }, now());
    assert.equal(r.kind, 'proposed', r.message);
    return (r as { proposal: Proposal }).proposal;
  }

  it('owners see their measures and coordinators see all', async () => {
    assert.deepEqual((await m.service.measuresFor(ola)).map((x) => x.id), ['1.1', '1.2']);
    assert.deepEqual((await m.service.measuresFor(ingrid)).map((x) => x.id), ['2.1']);
    assert.equal((await m.service.measuresFor(kari)).length, 7);
    assert.deepEqual(await m.service.measuresFor(stranger), []);
  });

  it('a proposal records from/to status, the base version and a masked comment', async () => {
    const p = await propose('1.1', 'Pågår', 'Ring meg på 478 09 050');
    assert.equal(p.fromStatus, 'Ikke startet');
    assert.equal(p.toStatus, 'Pågår');
    assert.equal(p.comment, 'Ring meg på [telefonnummer fjernet]');
    assert.equal(p.baseVersion, (await repo.get('1.1'))!.version);
    assert.deepEqual(await m.ledger.proposal(p.id), p);
  });

  it('bad input gets a Norwegian message and changes nothing', async () => {
    const cases = [
      [{ measureId: '9.9', status: 'Pågår', proposer: ola }, messages.unknownMeasure('9.9')],
      [{ measureId: '1.1', status: 'Ferdig', proposer: ola }, messages.badStatus('Ferdig')],
      [{ measureId: '1.1', status: 'Pågår', comment: 'x'.repeat(501), proposer: ola }, messages.commentTooLong],
      [{ measureId: '2.1', status: 'Pågår', proposer: ola }, messages.notOwner('2.1')],
    ] as const;
    for (const [input, message] of cases) assert.deepEqual(await m.service.propose(input, now()), { kind: 'invalid', message });
    assert.equal(messages.unknownMeasure('9.9'), 'Fant ikke tiltak 9.9.');
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM proposals').get() as { n: number }).n, 0);
  });

  it('approving writes the status, one audit record and one status log row', async () => {
    const p = await propose('1.1', 'Pågår', 'Kurs holdt');
    clock.advance(60_000);
    const r = await m.service.decide({ proposalId: p.id, approve: true, comment: 'Bra', decider: kari }, now());
    assert.equal(r.kind, 'approved');
    assert.equal(r.kind === 'approved' && r.pendingWrite, false);
    const stored = (await repo.get('1.1'))!.measure;
    assert.equal(stored.status, 'Pågår');
    assert.equal(stored.updatedBy, 'Ola Hansen');
    assert.equal(stored.approvedBy, 'Kari Nordmann');
    assert.equal(stored.approvedAt, '2026-03-01T09:01:00.000Z');
    const [d] = await m.ledger.recentDecisions(5);
    assert.deepEqual({ ...d, id: undefined }, {
      id: undefined, proposalId: p.id, measureId: '1.1', decidedBy: kari, decidedAt: '2026-03-01T09:01:00.000Z',
      fromStatus: 'Ikke startet', toStatus: 'Pågår', comment: 'Bra', outcome: 'approved', writeState: 'written',
    });
    assert.equal((await repo.listStatusLog()).length, 1);
  });

  it('approving twice writes once; the second click is told who decided and when', async () => {
    const p = await propose();
    await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, now());
    const again = await m.service.decide({ proposalId: p.id, approve: true, decider: per }, now());
    assert.equal(again.kind, 'already-decided');
    assert.equal(again.kind === 'already-decided' && again.decision.decidedBy.name, 'Kari Nordmann');
    assert.equal(again.message, 'Forslaget er allerede godkjent av Kari Nordmann (01.03.2026, 10:00).');
    assert.equal((await repo.get('1.1'))!.version, '2');
    assert.equal((await repo.listStatusLog()).length, 1);
  });

  it('20 concurrent approvals of one proposal make one write and one audit record', async () => {
    const p = await propose();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => m.service.decide({ proposalId: p.id, approve: true, decider: i % 2 ? kari : per }, now())),
    );
    assert.equal(results.filter((r) => r.kind === 'approved').length, 1);
    assert.equal(results.filter((r) => r.kind === 'already-decided').length, 19);
    assert.equal(await countDecisions(m.ledger, p.id), 1);
    assert.equal((await repo.get('1.1'))!.version, '2');
    assert.equal((await repo.listStatusLog()).length, 1);
  });

  it('a forged approval by a non-coordinator is refused, writes nothing, and logs no content', async () => {
    const p = await propose('1.1', 'Fullført', 'hemmelig innhold');
    const r = await m.service.decide({ proposalId: p.id, approve: true, comment: 'forfalsket kort', decider: ola }, now());
    assert.deepEqual(r, { kind: 'forbidden', message: messages.forbidden });
    assert.equal(await countDecisions(m.ledger), 0);
    assert.equal((await repo.get('1.1'))!.measure.status, 'Ikke startet');
    const refusal = lines.find((l) => l.includes('not a coordinator'))!;
    // Only the tail of the sender id is checked: the shared masker takes the GUID's first 8 digits for a phone number.
    assert.ok(refusal.includes(`"proposalId":"${p.id}"`) && refusal.includes('000000000021'), refusal);
    assert.ok(!lines.some((l) => l.includes('forfalsket') || l.includes('hemmelig') || l.includes('Fullført')));
    // The proposal is still open for a real coordinator.
    assert.equal((await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, now())).kind, 'approved');
  });

  it('a proposal made before the measure last changed is stale and can never be approved', async () => {
    const older = await propose('1.1', 'Forsinket');
    const newer = await propose('1.1', 'Pågår');
    assert.equal((await m.service.decide({ proposalId: newer.id, approve: true, decider: kari }, now())).kind, 'approved');
    const r = await m.service.decide({ proposalId: older.id, approve: true, decider: kari }, now());
    assert.deepEqual(r, { kind: 'stale', message: messages.stale('1.1') });
    assert.equal((await m.service.decide({ proposalId: older.id, approve: true, decider: per }, now())).kind, 'stale');
    assert.equal((await repo.get('1.1'))!.measure.status, 'Pågår');
    assert.equal(await countDecisions(m.ledger, older.id), 0);
  });

  it('rejecting changes no status but is audited and logged once', async () => {
    const p = await propose();
    const r = await m.service.decide({ proposalId: p.id, approve: false, comment: 'Mangler dokumentasjon', decider: kari }, now());
    assert.equal(r.kind, 'rejected');
    assert.equal((await repo.get('1.1'))!.measure.status, 'Ikke startet');
    assert.deepEqual((await repo.listStatusLog()).map((e) => e.outcome), ['rejected']);
    assert.equal((await m.service.decide({ proposalId: p.id, approve: true, decider: kari }, now())).kind, 'already-decided');
  });

  it('an oversized decision comment or unknown proposal gets a message and changes nothing', async () => {
    const p = await propose();
    const long = await m.service.decide({ proposalId: p.id, approve: true, comment: 'x'.repeat(501), decider: kari }, now());
    assert.deepEqual(long, { kind: 'invalid', message: messages.commentTooLong });
    const unknown = await m.service.decide({ proposalId: 'nope', approve: true, decider: kari }, now());
    assert.deepEqual(unknown, { kind: 'invalid', message: messages.unknownProposal });
    assert.equal(await countDecisions(m.ledger), 0);
  });

  it('summary counts status per goal, lists overdue measures and the last five decisions', async () => {
    for (let i = 0; i < 6; i++) {
      const p = await propose('1.2', i % 2 ? 'Pågår' : 'Forsinket');
      clock.advance(1000);
      await m.service.decide({ proposalId: p.id, approve: i % 3 !== 0, decider: kari }, now());
    }
    const s = await m.service.summary(new Date('2026-02-01T10:00:00Z'));
    assert.deepEqual(s.goals.map((g) => [g.goalId, g.counts['Ikke startet'], g.counts['Pågår'], g.counts['Fullført'], g.counts['Forsinket']]), [
      ['1', 2, 1, 1, 0],
      ['2', 2, 0, 0, 1],
    ]);
    assert.deepEqual(s.overdue.map((x) => x.id), ['1.1', '2.3']);
    assert.equal(s.lastDecisions.length, 5);
    assert.equal(s.lastDecisions[0]!.decidedAt, '2026-03-01T09:00:06.000Z');
  });
});
