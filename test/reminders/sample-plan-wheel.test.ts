import assert from 'node:assert/strict';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { loadPlan } from '../../src/plan/load';
import { isWorkingDay } from '../../src/reminders/holidays';
import { computeOccurrences } from '../../src/reminders/occurrences';

const plan = loadPlan(path.join(__dirname, '../../data/eksempel-kommune/plan.yaml'));
const clock = new ManualClock('2025-01-01T00:00:00Z');
const { occurrences, unplaced } = computeOccurrences(plan.wheel, { from: '2025-01-01', to: '2028-12-31' }, clock);
const at = (id: string, date: string) => occurrences.find((o) => o.entryId === id && o.date === date)?.at.toISOString();

/** Last Sunday of a month, worked out by hand so the test does not reuse the code under test. */
function lastSunday(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  d.setUTCDate(d.getUTCDate() - d.getUTCDay());
  return d.toISOString().slice(0, 10);
}

describe('the sample plan wheel, 2025–2028', () => {
  it('posts each monthly entry on a working day with no working day before it in the month', () => {
    for (const o of occurrences.filter((x) => x.kind === 'month')) {
      assert.ok(isWorkingDay(o.date), `${o.entryId} ${o.date}`);
      const entry = plan.wheel.find((e) => e.id === o.entryId);
      const startDay = entry?.timing.kind === 'months' && entry.timing.day ? entry.timing.day : 1;
      for (let d = startDay; d < Number(o.date.slice(8)); d++) {
        assert.ok(!isWorkingDay(`${o.date.slice(0, 8)}${String(d).padStart(2, '0')}`), `${o.entryId} ${o.date} day ${d}`);
      }
    }
  });

  it('posts at 09:00 Oslo: 08:00Z in winter and 07:00Z in summer time', () => {
    for (const o of occurrences.filter((x) => plan.wheel.find((e) => e.id === x.entryId)?.timing.time === undefined)) {
      const year = Number(o.date.slice(0, 4));
      const summer = o.date >= lastSunday(year, 3) && o.date < lastSunday(year, 10);
      assert.equal(o.at.toISOString(), `${o.date}T${summer ? '07' : '08'}:00:00.000Z`, `${o.entryId} ${o.date}`);
    }
  });

  it('hits the expected days around DST, Easter and 17 May', () => {
    assert.equal(at('W02', '2026-02-02'), '2026-02-02T08:00:00.000Z');
    assert.equal(at('W05', '2026-04-01'), '2026-04-01T07:00:00.000Z'); // before Skjærtorsdag 2 April
    assert.equal(at('W05', '2028-04-03'), '2028-04-03T07:00:00.000Z'); // 1 April 2028 is a Saturday
    assert.equal(at('W06', '2027-05-18'), '2027-05-18T07:00:00.000Z'); // 17 May is a Monday holiday
    assert.equal(at('W04', '2026-03-02'), '2026-03-02T09:00:00.000Z'); // 10:00 winter time
    assert.equal(at('W09', '2026-09-01'), '2026-09-01T07:00:00.000Z'); // summer time
    assert.equal(at('W11', '2026-11-02'), '2026-11-02T08:00:00.000Z'); // after the October change
    assert.equal(at('W07', '2026-05-29'), '2026-05-29T07:00:00.000Z'); // 30 days before 30 June is a Sunday
    assert.equal(at('W01', '2027-01-04'), '2027-01-04T08:00:00.000Z'); // free text "Etter juleferien"
  });

  it('posts each entry the expected number of times', () => {
    const count = (id: string) => occurrences.filter((o) => o.entryId === id).length;
    assert.equal(count('W02'), 4); // February, four years
    assert.equal(count('W03'), 16); // Feb, Mar, Sep, Oct
    assert.equal(count('W04'), 4);
    assert.equal(count('W10'), 2); // every other year from 2025: 2025 and 2027
    assert.deepEqual(occurrences.filter((o) => o.entryId === 'W10').map((o) => o.date), ['2025-10-01', '2027-10-01']);
    assert.deepEqual(occurrences.filter((o) => o.entryId === 'W07').map((o) => o.kind), ['deadline-30', 'deadline-7', 'deadline-0']);
    assert.deepEqual(occurrences.filter((o) => o.entryId === 'W13').map((o) => o.date), ['2027-12-01', '2027-12-24', '2027-12-31']);
  });

  it('covers every season of the year', () => {
    const months = new Set(occurrences.filter((o) => o.date.startsWith('2026')).map((o) => Number(o.date.slice(5, 7))));
    for (const m of [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]) assert.ok(months.has(m), `month ${m}`);
  });

  it('leaves only the continuous entry unplaced: the sample plan has no timing a person must place', () => {
    assert.deepEqual(unplaced.map((u) => [u.entryId, u.reason]), [['W14', 'continuous']]);
    assert.deepEqual(occurrences.filter((o) => o.entryId === 'W15' && o.date.startsWith('2026')).map((o) => o.date), ['2026-01-02']);
  });
});
