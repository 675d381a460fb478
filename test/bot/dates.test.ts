import assert from 'node:assert/strict';
import { summaryCard } from '../../src/bot/measures/cards';
import { buildSummary } from '../../src/measures/summary';
import { reminderCardData } from '../../src/reminders/card-data';
import type { WheelEntry } from '../../src/plan/types';
import { kari, measure, testPlan } from '../measures/fixtures';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describe('dates people read are written the Norwegian way, dd.mm.åååå', () => {
  it('the overview card: today and the overdue deadlines', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const plan = testPlan();
    const decision = {
      id: 'd1', proposalId: 'p1', measureId: '1.2', decidedBy: kari, decidedAt: '2026-11-02T09:15:00.000Z',
      fromStatus: 'Ikke startet' as const, toStatus: 'Pågår' as const, outcome: 'approved' as const, writeState: 'written' as const,
    };
    const card = JSON.stringify(summaryCard(buildSummary(plan.goals, plan.measures, [decision], now), '2026-11-30'));
    assert.doesNotMatch(card, ISO_DATE);
    assert.match(card, /Status for tiltakene – 30\.11\.2026/);
    assert.match(card, /frist 31\.01\.2026/);
    assert.match(card, /02\.11\.2026, 10:15/);
  });

  it('the reminder card: the deadline and when it was marked done', () => {
    const entry: WheelEntry = {
      id: 'frist', title: 'Rapport til kommunestyret', todo: 'Send rapporten.', measures: ['1.1'], audience: 'alle-ledere',
      timing: { kind: 'deadline', deadline: '2026-12-31' },
    };
    const data = reminderCardData({ measures: [measure('1.1')] }, entry, { date: '2026-12-01', kind: 'deadline-30' }, {
      late: false,
      done: { entryId: 'frist', date: '2026-12-01', byAadObjectId: kari.aadObjectId, byName: kari.name, at: '2026-12-02T08:00:00.000Z' },
    });
    assert.equal(data.when, 'Frist 31.12.2026, om omtrent 30 dager.');
    assert.equal(data.doneText, 'Markert som gjort av Kari Nordmann 02.12.2026.');
  });
});
