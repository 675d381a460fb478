/**
 * Civil (wall-calendar) dates as 'YYYY-MM-DD' strings, and Europe/Oslo wall-clock instants.
 * Date arithmetic runs in UTC on purpose: a civil date has no time zone, so DST can never
 * shift a day. Only `osloInstant` turns a date and a time into a real instant.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' for a year, month (1–12) and day. */
export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function parseYmd(date: string): { year: number; month: number; day: number } {
  // Slicing beats split/map here: the wheel parses dates in its innermost loops.
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isValidYmd(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const { year, month, day } = parseYmd(date);
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseYmd(date);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const { year, month, day } = parseYmd(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday of ISO week `week` of `year`, or undefined when that year has no such week (53). */
export function isoWeekMonday(year: number, week: number): string | undefined {
  // Week 1 is the week with 4 January in it; weeks start on Monday.
  if (week < 1 || week > 53) return undefined;
  const jan4 = ymd(year, 1, 4);
  const monday = addDays(addDays(jan4, -((weekday(jan4) + 6) % 7)), 7 * (week - 1));
  return parseYmd(addDays(monday, 3)).year === year ? monday : undefined;
}

const weekMonths = new Map<number, number>();

/**
 * The month of ISO week `week`'s Thursday (the day that puts a week in its year), in most years:
 * uke 6 → 2, uke 40 → 10. Counted over the 28 years in which every calendar occurs equally often.
 */
export function isoWeekMonth(week: number): number {
  let month = weekMonths.get(week);
  if (month === undefined) {
    const counts = new Map<number, number>();
    for (let year = 2001; year <= 2028; year++) {
      const monday = isoWeekMonday(year, week);
      if (!monday) continue;
      const thursday = parseYmd(addDays(monday, 3)).month;
      counts.set(thursday, (counts.get(thursday) ?? 0) + 1);
    }
    month = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
    weekMonths.set(week, month);
  }
  return month;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Oslo's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: number): number {
  const p: Record<string, number> = {};
  for (const part of osloParts.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The Oslo civil date of an instant, as YYYY-MM-DD. */
export function osloDate(instant: Date): string {
  const local = new Date(instant.getTime() + osloOffsetMinutes(instant.getTime()) * 60000);
  return ymd(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

const instantCache = new Map<string, number>();

/**
 * The instant when Oslo's clocks show `time` (HH:MM) on `date`. The offset is read at the
 * guessed instant and re-read once, which settles on the right side of both DST changes.
 * Cached, because a wheel asks for the same few wall-clock times over and over.
 */
export function osloInstant(date: string, time = '09:00'): Date {
  const key = `${date}T${time}`;
  let ms = instantCache.get(key);
  if (ms === undefined) {
    const { year, month, day } = parseYmd(date);
    const [hh, mm] = time.split(':').map(Number);
    const wall = Date.UTC(year, month - 1, day, hh ?? 0, mm ?? 0);
    const first = wall - osloOffsetMinutes(wall) * 60000;
    ms = wall - osloOffsetMinutes(first) * 60000;
    if (instantCache.size > 50_000) instantCache.clear();
    instantCache.set(key, ms);
  }
  return new Date(ms);
}
