import assert from 'node:assert/strict';
import { planDecision } from '../../src/measures/decision';
import type { DecisionLedger } from '../../src/measures/ledger';
import type { Proposal } from '../../src/measures/types';
import { forEachBackend } from '../support/state-backends';
import { kari, ola, per } from './fixtures';

const proposal = (id: string, createdAt: string, over: Partial<Proposal> = {}): Proposal => ({
  id, measureId: '1.1', fromStatus: 'Ikke startet', toStatus: 'Pågår', comment: 'Kurs holdt', proposer: ola,
  createdAt, baseVersion: '1', state: 'pending', ...over,
});
const T0 = '2026-03-01T09:00:00.000Z';
const at = (iso: string) => new Date(iso);

forEachBackend('DecisionLedger and OutboxStore contract', (backend) => {
  const open = async (name?: string) => {
    const s = await backend().open(name);
    return { ledger: s.decisions, outbox: s.outbox };
  };
  const decision = (p: Proposal, id: string, decider = kari, when = T0) => planDecision(p, { approve: true, decider }, at(when), id);
  /** Proposal p1, approved as d1; the key of its outbox entry. */
  const decideOne = async (ledger: DecisionLedger) => {
    const p = proposal('p1', T0);
    await ledger.addProposal(p);
    const { decision: d, payload } = decision(p, 'd1');
    await ledger.decide(d, payload, T0);
    return { decisionId: 'd1', proposalId: 'p1' };
  };

  it('keeps a proposal as it was made, comment or not', async () => {
    const { ledger } = await open();
    const a = proposal('p1', T0);
    const b = proposal('p2', T0, { comment: undefined });
    delete b.comment;
    await ledger.addProposal(a);
    await ledger.addProposal(b);
    assert.deepEqual(await ledger.proposal('p1'), a);
    assert.deepEqual(await ledger.proposal('p2'), b);
    assert.equal(await ledger.proposal('p9'), undefined);
  });

  it('lists pending proposals oldest first, without decided or stale ones', async () => {
    const { ledger } = await open();
    await ledger.addProposal(proposal('p3', '2026-03-03T09:00:00.000Z'));
    await ledger.addProposal(proposal('p1', '2026-03-01T09:00:00.000Z'));
    await ledger.addProposal(proposal('p2', '2026-03-02T09:00:00.000Z'));
    await ledger.addProposal(proposal('p4', '2026-03-04T09:00:00.000Z'));
    const p1 = (await ledger.proposal('p1'))!;
    const { decision: d, payload } = decision(p1, 'd1');
    assert.equal(await ledger.decide(d, payload, T0), true);
    await ledger.markStale('p4');
    assert.deepEqual((await ledger.pendingProposals()).map((p) => p.id), ['p2', 'p3']);
    assert.deepEqual((await ledger.pendingProposals(1)).map((p) => p.id), ['p2']);
    assert.equal((await ledger.proposal('p4'))?.state, 'stale');
  });

  it('decides a proposal once, however many clicks race on two instances', async () => {
    const a = await open('shared');
    const b = await open('shared');
    const p = proposal('p1', T0);
    await a.ledger.addProposal(p);
    const clicks = Array.from({ length: 10 }, (_, i) => {
      const { decision: d, payload } = decision(p, `d${i}`, i % 2 ? kari : per);
      return (i % 2 ? a : b).ledger.decide(d, payload, T0);
    });
    const won = (await Promise.all(clicks)).filter(Boolean);
    assert.equal(won.length, 1);
    const d = (await b.ledger.decisionFor('p1'))!;
    assert.equal((await a.ledger.proposal('p1'))?.state, 'approved');
    assert.equal((await a.outbox.entries()).length, 1);
    assert.equal((await a.outbox.entries())[0]?.decisionId, d.id);
    assert.deepEqual((await a.ledger.recentDecisions(10)).map((x) => x.id), [d.id]);
  });

  it('a stale proposal cannot be decided', async () => {
    const { ledger } = await open();
    const p = proposal('p1', T0);
    await ledger.addProposal(p);
    await ledger.markStale('p1');
    const { decision: d, payload } = decision(p, 'd1');
    assert.equal(await ledger.decide(d, payload, T0), false);
    assert.equal(await ledger.decisionFor('p1'), undefined);
  });

  it('records the write state and lists decisions newest first', async () => {
    const { ledger } = await open();
    for (const [i, when] of ['2026-03-01T09:00:00.000Z', '2026-03-03T09:00:00.000Z', '2026-03-02T09:00:00.000Z'].entries()) {
      const p = proposal(`p${i}`, when);
      await ledger.addProposal(p);
      const { decision: d, payload } = decision(p, `d${i}`, kari, when);
      await ledger.decide(d, payload, when);
    }
    await ledger.setWriteState({ id: 'd1', proposalId: 'p1' }, 'written');
    assert.equal((await ledger.decisionFor('p1'))?.writeState, 'written');
    assert.equal((await ledger.decisionFor('p0'))?.writeState, 'pending');
    assert.deepEqual((await ledger.recentDecisions(2)).map((d) => d.id), ['d1', 'd2']);
  });

  it('hands an outbox entry to one deliverer at a time, and again after its lease', async () => {
    const a = await open('shared');
    const b = await open('shared');
    const p = proposal('p1', T0);
    await a.ledger.addProposal(p);
    const { decision: d, payload } = decision(p, 'd1');
    await a.ledger.decide(d, payload, T0);
    const key = { decisionId: 'd1', proposalId: 'p1' };
    assert.deepEqual(await b.outbox.due(at(T0), 10), [key]);
    const leases = await Promise.all([a.outbox.claim(key, at(T0), 60_000), b.outbox.claim(key, at(T0), 60_000)]);
    assert.equal(leases.filter(Boolean).length, 1);
    const first = leases.find(Boolean)!;
    assert.deepEqual(first.payload, payload);
    assert.deepEqual(await a.outbox.due(at('2026-03-01T09:00:30.000Z'), 10), [], 'leased');
    // The first deliverer hangs; after the lease someone else takes over and finishes.
    const second = await b.outbox.claim(key, at('2026-03-01T09:01:00.000Z'), 60_000);
    assert.ok(second);
    await b.outbox.finish(second, 'done', at('2026-03-01T09:01:01.000Z'));
    // The hung deliverer's late outcome changes nothing.
    await a.outbox.retry(first, at('2026-03-01T09:02:00.000Z'), 'late');
    assert.equal((await a.outbox.entries())[0]?.state, 'done');
    assert.deepEqual(await a.outbox.due(at('2026-03-01T10:00:00.000Z'), 10), []);
  });

  it('a retried entry waits for its next attempt and counts attempts', async () => {
    const { ledger, outbox } = await open();
    const key = await decideOne(ledger);
    const lease = (await outbox.claim(key, at(T0), 60_000))!;
    assert.equal(lease.attempts, 0);
    await outbox.retry(lease, at('2026-03-01T09:00:05.000Z'), 'HTTP 503');
    assert.deepEqual(await outbox.due(at('2026-03-01T09:00:04.000Z'), 10), []);
    assert.deepEqual(await outbox.due(at('2026-03-01T09:00:05.000Z'), 10), [key]);
    const entry = (await outbox.entries())[0]!;
    assert.deepEqual(entry, { decisionId: 'd1', state: 'pending', attempts: 1, nextAttemptAt: '2026-03-01T09:00:05.000Z', lastError: 'HTTP 503' });
    assert.equal((await outbox.claim(key, at('2026-03-01T09:00:05.000Z'), 60_000))?.attempts, 1);
  });

  it('a decision owes its notifications until they are sent: a crash leaves them to the next claim, never to two at once', async () => {
    const a = await open('shared');
    const b = await open('shared');
    await decideOne(a.ledger);
    assert.deepEqual((await b.ledger.unnotified(at(T0))).map((x) => x.id), ['d1']);
    const claims = await Promise.all([a.ledger.claimNotifications('p1', at(T0), 60_000), b.ledger.claimNotifications('p1', at(T0), 60_000)]);
    assert.equal(claims.filter(Boolean).length, 1, 'one sender at a time');
    assert.deepEqual(await a.ledger.unnotified(at('2026-03-01T09:00:30.000Z')), [], 'reserved');
    // The holder dies without sending: after its lease the decision is owed again.
    await a.ledger.setWriteState({ id: 'd1', proposalId: 'p1' }, 'written');
    assert.deepEqual((await a.ledger.unnotified(at('2026-03-01T09:01:00.000Z'))).map((x) => x.id), ['d1']);
    const again = (await b.ledger.claimNotifications('p1', at('2026-03-01T09:01:00.000Z'), 60_000))!;
    assert.deepEqual([again.decisionId, again.proposalId], ['d1', 'p1']);
    await b.ledger.notified(again);
    assert.deepEqual(await a.ledger.unnotified(at('2026-03-01T10:00:00.000Z')), []);
    assert.equal(await a.ledger.claimNotifications('p1', at('2026-03-01T10:00:00.000Z'), 60_000), undefined);
    assert.equal((await a.ledger.decisionFor('p1'))?.writeState, 'written');
  });

  it('a parked entry keeps its reason, waits until its time or a release, and a finish clears it', async () => {
    const { ledger, outbox } = await open();
    const key = await decideOne(ledger);
    const first = (await outbox.claim(key, at(T0), 60_000))!;
    assert.deepEqual([first.parked, first.parkedCount], [undefined, 0]);
    await outbox.park(first, at('2026-03-01T09:05:00.000Z'), "HTTP 403 accessDenied: Access denied");
    assert.deepEqual(await outbox.due(at('2026-03-01T09:04:59.000Z'), 10), []);
    const entry = (await outbox.entries())[0]!;
    assert.deepEqual([entry.state, entry.parked, entry.attempts], ['pending', 'HTTP 403 accessDenied: Access denied', 1]);
    assert.equal(await outbox.releaseParked(at('2026-03-01T09:01:00.000Z')), 1);
    assert.deepEqual(await outbox.due(at('2026-03-01T09:01:00.000Z'), 10), [key]);
    const second = (await outbox.claim(key, at('2026-03-01T09:01:00.000Z'), 60_000))!;
    assert.deepEqual([second.parked, second.parkedCount], ['HTTP 403 accessDenied: Access denied', 1]);
    await outbox.finish(second, 'done', at('2026-03-01T09:01:01.000Z'));
    const done = (await outbox.entries())[0]!;
    assert.deepEqual([done.state, done.parked], ['done', undefined]);
    assert.equal(await outbox.releaseParked(at('2026-03-01T09:02:00.000Z')), 0);
  });
});
