/**
 * Turns the annual wheel into dated reminders. Pure: the same entries, range and clock always give
 * the same result, so the dispatcher, the preview CLI and the tests share one truth.
 */
import type { Plan, WheelEntry } from '../plan/types';
import { type Clock, systemClock } from '../common/clock';
import { addDays, isoWeekMonday, osloDate, osloInstant, parseYmd } from './calendar';
import { firstWorkingDayOfMonth, previousWorkingDayOnOrBefore, workingDayFrom } from './holidays';
import { activeInYear, resolveSchedule, type Schedule, type UnplacedReason } from './schedule';

export type OccurrenceKind = 'month' | 'deadline-30' | 'deadline-7' | 'deadline-0';

/** One reminder to post: an entry on a working day at a wall-clock time in Europe/Oslo. */
export interface Occurrence {
  entryId: string;
  /** The Oslo date it posts, YYYY-MM-DD. */
  date: string;
  /** The instant it posts. */
  at: Date;
  kind: OccurrenceKind;
  /** Set when its Oslo date is already behind the clock's Oslo date: it is due, and overdue. */
  late?: boolean;
}

/** An entry that posts nothing until a person places it; listed, never dropped. */
export interface UnplacedEntry {
  entryId: string;
  title: string;
  audience: string;
  reason: UnplacedReason;
  /** The plan's own timing text, when there is one. */
  text?: string;
}

/** Inclusive Oslo dates, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

export interface OccurrenceResult {
  occurrences: Occurrence[];
  unplaced: UnplacedEntry[];
}

const DEADLINE_OFFSETS: ReadonlyArray<[number, OccurrenceKind]> = [
  [30, 'deadline-30'],
  [7, 'deadline-7'],
  [0, 'deadline-0'],
];

/** The first working day of ISO week `week` of `year`; undefined in a year without that week. */
function weekDate(year: number, week: number): string | undefined {
  const monday = isoWeekMonday(year, week);
  if (!monday) return undefined;
  const { year: y, month, day } = parseYmd(monday);
  return workingDayFrom(y, month, day);
}

/** Dates (before range filtering) on which a schedule posts, from `fromYear` to `toYear`. */
function scheduleDates(s: Schedule, fromYear: number, toYear: number): Array<[string, OccurrenceKind]> {
  const out: Array<[string, OccurrenceKind]> = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (!activeInYear(s, year)) continue;
    for (const month of s.months) {
      out.push([s.day === null ? firstWorkingDayOfMonth(year, month) : workingDayFrom(year, month, s.day), 'month']);
    }
    for (const week of s.weeks) {
      const date = weekDate(year, week);
      if (date) out.push([date, 'month']);
    }
  }
  if (s.deadline !== null) {
    // Moved back, never forward: a reminder after its deadline would be useless.
    for (const [days, kind] of DEADLINE_OFFSETS) out.push([previousWorkingDayOnOrBefore(addDays(s.deadline, -days)), kind]);
  }
  return out;
}

/** All reminders of the given entries whose Oslo date falls in the range, in time order. */
export function computeOccurrences(
  entries: readonly WheelEntry[],
  range: DateRange,
  clock: Clock = systemClock,
): OccurrenceResult {
  const today = osloDate(clock.now());
  // A day moved past a month's end can spill into the next year, so look one year back.
  const fromYear = parseYmd(range.from).year - 1;
  const toYear = parseYmd(range.to).year;
  const occurrences: Occurrence[] = [];
  const unplaced: UnplacedEntry[] = [];
  for (const entry of entries) {
    const resolved = resolveSchedule(entry);
    if (!resolved.ok) {
      const text = entry.timing.kind === 'text' ? entry.timing.text : undefined;
      unplaced.push({ entryId: entry.id, title: entry.title, audience: entry.audience, reason: resolved.reason, ...(text ? { text } : {}) });
      continue;
    }
    for (const [date, kind] of scheduleDates(resolved.schedule, fromYear, toYear)) {
      if (date < range.from || date > range.to) continue;
      const occ: Occurrence = { entryId: entry.id, date, at: osloInstant(date, resolved.schedule.time), kind };
      if (date < today) occ.late = true;
      occurrences.push(occ);
    }
  }
  occurrences.sort((a, b) => a.at.getTime() - b.at.getTime() || a.entryId.localeCompare(b.entryId));
  return { occurrences, unplaced };
}

/** The wheel entries of one month, for the "årshjul" card. */
export interface MonthEntries {
  /** YYYY-MM. */
  month: string;
  entries: WheelEntry[];
}

/**
 * Entries that belong to each of `count` months from `fromMonth` (YYYY-MM): month entries active
 * that year, and deadline entries whose deadline falls in the month.
 */
export function entriesForMonths(plan: Pick<Plan, 'wheel'>, fromMonth: string, count = 3): MonthEntries[] {
  const [y, m] = fromMonth.split('-').map(Number);
  const result: MonthEntries[] = [];
  for (let i = 0; i < count; i++) {
    const year = (y ?? 0) + Math.floor(((m ?? 1) - 1 + i) / 12);
    const month = (((m ?? 1) - 1 + i) % 12) + 1;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const entries = plan.wheel.filter((entry) => {
      const r = resolveSchedule(entry);
      if (!r.ok) return false;
      const s = r.schedule;
      const inWeek = s.weeks.some((w) => weekDate(year, w)?.startsWith(key) || weekDate(year + 1, w)?.startsWith(key));
      return ((s.months.includes(month) || inWeek) && activeInYear(s, year)) || (s.deadline?.startsWith(key) ?? false);
    });
    result.push({ month: key, entries });
  }
  return result;
}
