import assert from 'node:assert/strict';
import { addDays, isValidYmd, osloDate, osloInstant, weekday } from '../../src/reminders/calendar';

describe('calendar and Oslo time', () => {
  it('puts 09:00 Oslo at 08:00Z in winter and 07:00Z in summer', () => {
    assert.equal(osloInstant('2026-01-15').toISOString(), '2026-01-15T08:00:00.000Z');
    assert.equal(osloInstant('2026-07-15').toISOString(), '2026-07-15T07:00:00.000Z');
  });

  it('switches on the last Sundays of March and October', () => {
    assert.equal(osloInstant('2026-03-28').toISOString(), '2026-03-28T08:00:00.000Z');
    assert.equal(osloInstant('2026-03-29').toISOString(), '2026-03-29T07:00:00.000Z');
    assert.equal(osloInstant('2026-10-24').toISOString(), '2026-10-24T07:00:00.000Z');
    assert.equal(osloInstant('2026-10-25').toISOString(), '2026-10-25T08:00:00.000Z');
  });

  it('honours other wall-clock times', () => {
    assert.equal(osloInstant('2027-03-01', '10:30').toISOString(), '2027-03-01T09:30:00.000Z');
    assert.equal(osloInstant('2027-06-01', '00:15').toISOString(), '2027-05-31T22:15:00.000Z');
  });

  it('reads the Oslo date of an instant near midnight', () => {
    assert.equal(osloDate(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
    assert.equal(osloDate(new Date('2026-12-31T22:59:00Z')), '2026-12-31');
  });

  it('does date arithmetic without time zones', () => {
    assert.equal(addDays('2027-03-31', -30), '2027-03-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(weekday('2026-11-22'), 0);
    assert.equal(isValidYmd('2027-02-29'), false);
    assert.equal(isValidYmd('2028-02-29'), true);
  });
});
