import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import type { Decision, Proposal } from '../../src/measures/types';
import { gatherYearReportInput, type YearReportSources } from '../../src/year-report/gather';
import { kari, ola, testPlan } from '../measures/fixtures';

/** A decision ledger in memory, newest first as the port promises, that counts what it is asked. */
function ledger(decisions: Decision[]) {
  const sorted = [...decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
  const calls = { limits: [] as number[], proposals: 0 };
  const port: YearReportSources['ledger'] = {
    recentDecisions: async (limit) => (calls.limits.push(limit), sorted.slice(0, limit)),
    proposal: async (id) => {
      calls.proposals++;
      const d = decisions.find((x) => x.proposalId === id);
      return d && ({ id, measureId: d.measureId, fromStatus: d.fromStatus, toStatus: d.toStatus, comment: `Kommentar ${id}`, proposer: ola, createdAt: d.decidedAt, baseVersion: '1', state: d.outcome } as Proposal);
    },
  };
  return { port, calls };
}

/** One decision every `hours` hours back from the end of 2026. */
function decisions(count: number, hours: number): Decision[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`, proposalId: `p${i}`, measureId: '1.1', decidedBy: kari, decidedAt: new Date(Date.UTC(2026, 11, 31, 12) - i * hours * 3_600_000).toISOString(),
    fromStatus: 'Ikke startet', toStatus: 'Pågår', outcome: 'approved', writeState: 'written',
  }));
}

describe('gathering the report\'s inputs from the ports', () => {
  const sources = (l: YearReportSources['ledger']): YearReportSources => ({
    plan: testPlan(), repo: { list: async () => testPlan().measures }, ledger: l, reminders: { doneOf: async () => undefined }, clock: new ManualClock('2026-12-31T13:00:00Z'),
  });

  it('reads more of the audit trail until it is past the year, and keeps every decision of the year with its proposal', async () => {
    // One decision every 6 hours back from 31.12.2026 13:00 (Oslo): 1,459 of them fall in 2026.
    const { port, calls } = ledger(decisions(3000, 6));
    const input = await gatherYearReportInput(sources(port), 2026);
    assert.equal(input.decisions.length, 1459);
    assert.deepEqual(calls.limits, [500, 2000]);
    assert.equal(calls.proposals, 1459, 'a proposal was read for a decision outside the year');
    assert.equal(input.decisions[0]?.proposalComment, 'Kommentar p0');
    assert.deepEqual(input.decisions[0]?.proposedBy, ola);
  });

  it('for an earlier year reads on past the newer decisions, and stops when the trail ends', async () => {
    const { port, calls } = ledger(decisions(900, 24));
    const input = await gatherYearReportInput(sources(port), 2024);
    // 31.12.2024 12:00 is 730 days back; the trail ends 899 days back (mid-2024).
    assert.equal(input.decisions.length, 900 - 731 + 1);
    assert.deepEqual(calls.limits, [500, 2000]);
  });
});
