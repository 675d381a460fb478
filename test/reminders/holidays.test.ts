import assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import sinon from 'sinon';
import {
  firstWorkingDayOfMonth, isWorkingDay, nextWorkingDay, previousWorkingDayOnOrBefore, publicHolidays,
} from '../../src/reminders/holidays';

// These tests were written for our own Easter arithmetic; they now check date-holidays' Norway.
describe('Norwegian public holidays', () => {
  afterEach(() => sinon.restore());

  it('takes the calendar from date-holidays (NO, public holidays), not from rules of our own', () => {
    const spy = sinon.spy(Holidays.prototype, 'getHolidays');
    publicHolidays(2061);
    assert.ok(spy.calledWith(2061));
  });

  it('places Easter Sunday right in known years', () => {
    const known: Record<number, string> = {
      2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) {
      assert.equal(publicHolidays(Number(year)).find((h) => h.name === 'Første påskedag')?.date, date, year);
    }
  });

  it('places the moving days relative to Easter: Skjærtorsdag to 2. pinsedag', () => {
    const names = Object.fromEntries(publicHolidays(2026).map((h) => [h.name, h.date]));
    assert.equal(names['Skjærtorsdag'], '2026-04-02');
    assert.equal(names['Langfredag'], '2026-04-03');
    assert.equal(names['Andre påskedag'], '2026-04-06');
    assert.equal(names['Kristi himmelfartsdag'], '2026-05-14');
    assert.equal(names['Første pinsedag'], '2026-05-24');
    assert.equal(names['Andre pinsedag'], '2026-05-25');
  });

  it('knows Ascension and Whit Monday in other years', () => {
    const dates = (y: number) => publicHolidays(y).map((h) => h.date);
    assert.ok(dates(2025).includes('2025-05-29') && dates(2025).includes('2025-06-09'));
    assert.ok(dates(2027).includes('2027-05-06') && dates(2027).includes('2027-05-17'));
    assert.ok(dates(2028).includes('2028-05-25') && dates(2028).includes('2028-06-05'));
  });

  it('lists twelve holidays a year, even when two fall on one date (17 May 2027 is also 2. pinsedag)', () => {
    for (let y = 2020; y <= 2040; y++) assert.equal(publicHolidays(y).length, 12);
    assert.equal(publicHolidays(2027).filter((h) => h.date === '2027-05-17').length, 2);
  });

  it('treats weekends, 1 May, 17 May and Christmas as non-working days', () => {
    for (const d of ['2026-11-21', '2026-11-22', '2026-05-01', '2027-05-17', '2026-12-25', '2026-12-26', '2027-01-01']) {
      assert.equal(isWorkingDay(d), false, d);
    }
    assert.equal(isWorkingDay('2026-11-23'), true);
  });

  it('skips Easter to the next working day and never goes past a deadline when moving back', () => {
    assert.equal(nextWorkingDay('2026-04-02'), '2026-04-07');
    assert.equal(previousWorkingDayOnOrBefore('2026-04-06'), '2026-04-01');
    assert.equal(previousWorkingDayOnOrBefore('2026-04-01'), '2026-04-01');
  });

  it('finds the first working day of a month across holidays', () => {
    assert.equal(firstWorkingDayOfMonth(2024, 4), '2024-04-02'); // 1 April 2024 is 2. påskedag
    assert.equal(firstWorkingDayOfMonth(2026, 4), '2026-04-01'); // before Skjærtorsdag
    assert.equal(firstWorkingDayOfMonth(2026, 5), '2026-05-04'); // 1 May is a Friday
    assert.equal(firstWorkingDayOfMonth(2027, 1), '2027-01-04'); // 1 Jan Friday, then weekend
    assert.equal(firstWorkingDayOfMonth(2029, 4), '2029-04-03'); // 2. påskedag is 2 April 2029
  });
});
