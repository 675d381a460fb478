/**
 * Norwegian public holidays (helligdager), computed for any year rather than listed, so the
 * wheel never runs out of calendar. Weekends are not working days either.
 */
import { addDays, daysInMonth, weekday, ymd } from './calendar';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** A named public holiday. */
export interface Holiday {
  date: string;
  name: string;
}

const cache = new Map<number, Holiday[]>();

/** The public holidays of a year, in date order. */
export function publicHolidays(year: number): Holiday[] {
  let list = cache.get(year);
  if (!list) {
    const easter = easterSunday(year);
    list = [
      { date: ymd(year, 1, 1), name: 'Første nyttårsdag' },
      { date: addDays(easter, -3), name: 'Skjærtorsdag' },
      { date: addDays(easter, -2), name: 'Langfredag' },
      { date: easter, name: 'Første påskedag' },
      { date: addDays(easter, 1), name: 'Andre påskedag' },
      { date: ymd(year, 5, 1), name: 'Arbeidernes dag' },
      { date: ymd(year, 5, 17), name: 'Grunnlovsdag' },
      { date: addDays(easter, 39), name: 'Kristi himmelfartsdag' },
      { date: addDays(easter, 49), name: 'Første pinsedag' },
      { date: addDays(easter, 50), name: 'Andre pinsedag' },
      { date: ymd(year, 12, 25), name: 'Første juledag' },
      { date: ymd(year, 12, 26), name: 'Andre juledag' },
    ].sort((x, y) => x.date.localeCompare(y.date));
    cache.set(year, list);
  }
  return list;
}

export function isPublicHoliday(date: string): boolean {
  return publicHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isPublicHoliday(date);
}

/** The date itself if it is a working day, otherwise the next one. */
export function nextWorkingDay(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The date itself if it is a working day, otherwise the one before; never later than `date`. */
export function previousWorkingDayOnOrBefore(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

export function firstWorkingDayOfMonth(year: number, month: number): string {
  return workingDayFrom(year, month, 1);
}

const fromCache = new Map<string, string>();

/** The given day of a month (clamped to the month's length), moved forward to a working day. */
export function workingDayFrom(year: number, month: number, day: number): string {
  const start = ymd(year, month, Math.min(day, daysInMonth(year, month)));
  let found = fromCache.get(start);
  if (found === undefined) {
    found = nextWorkingDay(start);
    if (fromCache.size > 50_000) fromCache.clear();
    fromCache.set(start, found);
  }
  return found;
}
