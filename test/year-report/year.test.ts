import assert from 'node:assert/strict';
import { parseReportYear } from '../../src/year-report/year';

describe('the year a report is asked for', () => {
  // 31.12.2026 23:30 UTC is already 1 January 2027 in Oslo.
  const newYearsEve = new Date('2026-12-31T23:30:00Z');
  const now = new Date('2026-11-23T08:00:00Z');

  it('is this year in Oslo when none is given', () => {
    assert.deepEqual(parseReportYear('', now), { ok: true, year: 2026 });
    assert.deepEqual(parseReportYear('  ', newYearsEve), { ok: true, year: 2027 });
  });

  it('is any year from 2000 to this one', () => {
    assert.deepEqual(parseReportYear('2025', now), { ok: true, year: 2025 });
    assert.deepEqual(parseReportYear(' 2000 ', now), { ok: true, year: 2000 });
  });

  it('refuses what is not a year, and years out of range, with a clear message', () => {
    assert.deepEqual(parseReportYear('i fjor', now), { ok: false, message: '«i fjor» er ikke et årstall. Skriv for eksempel «rapport» eller «rapport 2025».' });
    assert.equal(parseReportYear('26', now).ok, false);
    assert.equal(parseReportYear('2026.5', now).ok, false);
    const future = parseReportYear('2027', now);
    assert.deepEqual(future, { ok: false, message: 'Jeg kan lage rapport for årene 2000–2026. Skriv for eksempel «rapport 2026».' });
    assert.equal(parseReportYear('1999', now).ok, false);
  });
});
