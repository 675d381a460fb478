/**
 * Norwegian public holidays (helligdager) from `date-holidays`' calendar for Norway, for any
 * year, so the wheel never runs out of calendar. Weekends are not working days either.
 */
import type HolidaysType from 'date-holidays';
import { addDays, daysInMonth, weekday, ymd } from './calendar';

/** A named public holiday. */
export interface Holiday {
  date: string;
  name: string;
}

let norway: HolidaysType | undefined;

/** Loaded on first use: the library and its data take ~150 ms to load, which start-up need not pay. */
function calendar(): HolidaysType {
  if (!norway) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Holidays = require('date-holidays') as typeof HolidaysType;
    norway = new Holidays('NO', { types: ['public'] });
  }
  return norway;
}

const cache = new Map<number, Holiday[]>();

/** The public holidays of a year, in date order; two on one date (17 May 2027) are both listed. */
export function publicHolidays(year: number): Holiday[] {
  let list = cache.get(year);
  if (!list) {
    list = calendar()
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      .sort((x, y) => x.date.localeCompare(y.date));
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
