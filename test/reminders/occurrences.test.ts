import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import type { WheelEntry, WheelTiming } from '../../src/plan/types';
import { computeOccurrences, entriesForMonths } from '../../src/reminders/occurrences';

const clock = new ManualClock('2025-01-01T00:00:00Z');

function entry(id: string, timing: WheelTiming): WheelEntry {
  return { id, title: `Oppgave ${id}`, todo: 'Gjør det.', measures: [], audience: 'alle-ledere', timing };
}

function dates(entries: WheelEntry[], from: string, to: string): string[] {
  return computeOccurrences(entries, { from, to }, clock).occurrences.map((o) => `${o.date} ${o.kind}`);
}

describe('computeOccurrences', () => {
  it('posts on the first working day at 09:00 Oslo, skipping Easter when 1 April is 2. påskedag', () => {
    const [occ] = computeOccurrences([entry('A', { kind: 'months', months: [4] })], { from: '2024-01-01', to: '2024-12-31' }, clock).occurrences;
    assert.equal(occ?.date, '2024-04-02');
    assert.equal(occ?.at.toISOString(), '2024-04-02T07:00:00.000Z');
  });

  it('moves a set day forward over 1 May, Ascension and 17 May', () => {
    const may = (day: number, year: number) =>
      dates([entry('M', { kind: 'months', months: [5], day })], `${year}-01-01`, `${year}-12-31`);
    assert.deepEqual(may(1, 2026), ['2026-05-04 month']);
    assert.deepEqual(may(14, 2026), ['2026-05-15 month']);
    assert.deepEqual(may(17, 2027), ['2027-05-18 month']);
    assert.deepEqual(may(17, 2026), ['2026-05-18 month']);
  });

  it('clamps a day past the end of a short month', () => {
    assert.deepEqual(dates([entry('D', { kind: 'months', months: [4], day: 31 })], '2026-01-01', '2026-12-31'), ['2026-04-30 month']);
  });

  it('places "uke N" in each year\'s own ISO week N, on its first working day, and not in the month as well', () => {
    const e = entry('U', { kind: 'text', text: 'Uke 6 hvert år' });
    assert.deepEqual(dates([e], '2026-01-01', '2028-12-31'), ['2026-02-02 month', '2027-02-08 month', '2028-02-07 month']);
    // Week 15 of 2026 starts on 2. påskedag (6 April): the Tuesday. Week 1 of 2026 starts in 2025.
    assert.deepEqual(dates([entry('P', { kind: 'text', text: 'uke 15' })], '2026-01-01', '2026-12-31'), ['2026-04-07 month']);
    assert.deepEqual(dates([entry('J', { kind: 'text', text: 'uke 1' })], '2025-12-01', '2027-01-31'), ['2025-12-29 month', '2027-01-04 month']);
  });

  it('posts "uke 53" only in the years that have one', () => {
    assert.deepEqual(dates([entry('L', { kind: 'text', text: 'uke 53' })], '2025-01-01', '2027-12-31'), ['2026-12-28 month']);
  });

  it('posts every:2 only in firstYear, firstYear+2, …', () => {
    const e = entry('E', { kind: 'months', months: [9], every: 2, firstYear: 2025 });
    assert.deepEqual(dates([e], '2023-01-01', '2030-12-31'), ['2025-09-01 month', '2027-09-01 month', '2029-09-03 month']);
  });

  it('reminds 30 and 7 days before a deadline and on the day', () => {
    const e = entry('F', { kind: 'deadline', deadline: '2027-03-31' });
    assert.deepEqual(dates([e], '2027-01-01', '2027-12-31'), ['2027-03-01 deadline-30', '2027-03-24 deadline-7', '2027-03-31 deadline-0']);
  });

  it('moves deadline reminders back to a working day, never past the deadline', () => {
    const easter = entry('G', { kind: 'deadline', deadline: '2026-04-06' });
    assert.deepEqual(dates([easter], '2026-01-01', '2026-12-31'), ['2026-03-06 deadline-30', '2026-03-30 deadline-7', '2026-04-01 deadline-0']);
    const may17 = entry('H', { kind: 'deadline', deadline: '2026-05-17' });
    assert.deepEqual(dates([may17], '2026-01-01', '2026-12-31'), ['2026-04-17 deadline-30', '2026-05-08 deadline-7', '2026-05-15 deadline-0']);
  });

  it('resolves free text through the wheel parser, months and deadlines alike', () => {
    const e = entry('T', { kind: 'text', text: 'Feb/ mars og påminnelse i sept/okt' });
    assert.deepEqual(dates([e], '2026-01-01', '2026-12-31'), ['2026-02-02 month', '2026-03-02 month', '2026-09-01 month', '2026-10-01 month']);
    const d = entry('U', { kind: 'text', text: 'Innen utgangen av 2026' });
    assert.deepEqual(dates([d], '2026-01-01', '2026-12-31'), ['2026-12-01 deadline-30', '2026-12-24 deadline-7', '2026-12-31 deadline-0']);
  });

  it('lists continuous, unresolved and first-year-less entries as unplaced instead of dropping them', () => {
    const result = computeOccurrences(
      [
        entry('C', { kind: 'text', text: 'Kontinuerlig' }),
        entry('V', { kind: 'text', text: 'ved behov' }),
        entry('N', { kind: 'text', text: 'Annen hvert år i mai' }),
        entry('M', { kind: 'months', months: [1] }),
      ],
      { from: '2026-01-01', to: '2026-12-31' },
      clock,
    );
    assert.deepEqual(result.occurrences.map((o) => o.entryId), ['M']);
    assert.deepEqual(result.unplaced.map((u) => [u.entryId, u.reason, u.text]), [
      ['C', 'continuous', 'Kontinuerlig'],
      ['V', 'unresolved', 'ved behov'],
      ['N', 'no-first-year', 'Annen hvert år i mai'],
    ]);
  });

  it('uses the entry time and keeps Oslo wall-clock time across DST', () => {
    const e = entry('K', { kind: 'months', months: [3, 10], time: '10:00' });
    const at = computeOccurrences([e], { from: '2026-01-01', to: '2026-12-31' }, clock).occurrences.map((o) => o.at.toISOString());
    assert.deepEqual(at, ['2026-03-02T09:00:00.000Z', '2026-10-01T08:00:00.000Z']);
  });

  it('keeps only dates inside the inclusive range and marks days already past as late', () => {
    const e = entry('R', { kind: 'months', months: [1, 2, 3] });
    const result = computeOccurrences([e], { from: '2026-01-02', to: '2026-03-02' }, new ManualClock('2026-02-10T12:00:00Z'));
    assert.deepEqual(result.occurrences.map((o) => [o.date, o.late ?? false]), [
      ['2026-01-02', true], ['2026-02-02', true], ['2026-03-02', false],
    ]);
  });
});

describe('entriesForMonths', () => {
  it('gives this month and the next two, with deadlines in their month and every-2 only in active years', () => {
    const plan = {
      wheel: [
        entry('NOV', { kind: 'months', months: [11] }),
        entry('JAN2', { kind: 'months', months: [1], every: 2, firstYear: 2028 }),
        entry('DL', { kind: 'deadline', deadline: '2026-12-15' }),
        entry('X', { kind: 'text', text: 'ved behov' }),
      ],
    };
    const months = entriesForMonths(plan, '2026-11', 3).map((m) => [m.month, m.entries.map((e) => e.id)]);
    assert.deepEqual(months, [['2026-11', ['NOV']], ['2026-12', ['DL']], ['2027-01', []]]);
    assert.deepEqual(entriesForMonths(plan, '2027-12', 2)[1]?.entries.map((e) => e.id), ['JAN2']);
  });

  it('lists a week entry in the month its week posts in that year', () => {
    const plan = { wheel: [entry('W40', { kind: 'text', text: 'uke 40' }), entry('W1', { kind: 'text', text: 'uke 1' })] };
    // Week 40 of 2026 starts on 28 September, of 2027 on 4 October; week 1 of 2026 on 29 December 2025.
    assert.deepEqual(entriesForMonths(plan, '2026-09', 2).map((m) => m.entries.map((e) => e.id)), [['W40'], []]);
    assert.deepEqual(entriesForMonths(plan, '2027-09', 2).map((m) => m.entries.map((e) => e.id)), [[], ['W40']]);
    assert.deepEqual(entriesForMonths(plan, '2025-12', 2).map((m) => m.entries.map((e) => e.id)), [['W1'], []]);
  });
});
