import { osloDate } from '../reminders/calendar';
import { FIRST_REPORT_YEAR, YEAR_REPORT_TEXTS as T } from './texts';

export type YearChoice = { ok: true; year: number } | { ok: false; message: string };

/**
 * The year a report is asked for: empty means this year (Europe/Oslo); otherwise four digits
 * from FIRST_REPORT_YEAR to this year. A future year has nothing to report.
 */
export function parseReportYear(text: string, now: Date): YearChoice {
  const current = Number(osloDate(now).slice(0, 4));
  const given = text.trim();
  if (given === '') return { ok: true, year: current };
  if (!/^\d{4}$/.test(given)) return { ok: false, message: T.badYear(given) };
  const year = Number(given);
  if (year < FIRST_REPORT_YEAR || year > current) return { ok: false, message: T.yearOutOfRange(current) };
  return { ok: true, year };
}
