/**
 * Resolves a wheel entry's timing (fixed months, a deadline, or the plan's free text) into one
 * schedule the occurrence generator can walk, or the reason it cannot be placed.
 */
import type { WheelEntry } from '../plan/types';
import { isoWeekMonth } from './calendar';
import { parseTimingDetail, type TimingDetail } from './wheel-parse';

/** Why an entry posts nothing until a person places it. */
export type UnplacedReason = 'continuous' | 'unresolved' | 'no-first-year';

/** What an entry's timing means for the calendar. */
export interface Schedule {
  months: number[];
  /** ISO weeks ("uke 6"): each year's own week, on its first working day. */
  weeks: number[];
  /** Every N years; 1 unless the plan says otherwise. */
  every: number;
  firstYear: number | null;
  day: number | null;
  time: string;
  deadline: string | null;
}

export const DEFAULT_TIME = '09:00';

export type Resolved = { ok: true; schedule: Schedule } | { ok: false; reason: UnplacedReason; text?: string };

export function resolveSchedule(entry: WheelEntry): Resolved {
  const t = entry.timing;
  const time = t.time ?? DEFAULT_TIME;
  if (t.kind === 'deadline') {
    return { ok: true, schedule: { months: [], weeks: [], every: 1, firstYear: null, day: null, time, deadline: t.deadline } };
  }
  if (t.kind === 'months') {
    return placeMonths({ months: t.months, weeks: [], every: t.every ?? 1, firstYear: t.firstYear ?? null, day: t.day ?? null, time, deadline: null });
  }
  const parsed = parseCached(t.text);
  if (parsed.unresolved) return { ok: false, reason: 'unresolved', text: t.text };
  if (parsed.months.length === 0 && parsed.deadline === null) return { ok: false, reason: 'continuous', text: t.text };
  const schedule: Schedule = {
    // A week's month is how the contract counts it; the reminder goes in the week itself.
    months: parsed.months.filter((m) => !parsed.weeks.some((w) => isoWeekMonth(w) === m)),
    weeks: parsed.weeks,
    every: parsed.every ?? 1,
    firstYear: parsed.firstYear,
    day: t.day ?? null,
    time,
    deadline: parsed.deadline,
  };
  const placed = placeMonths(schedule);
  // A deadline still holds when the recurring months cannot be placed.
  return placed.ok || schedule.deadline === null ? placed : { ok: true, schedule: { ...schedule, months: [], weeks: [] } };
}

// Plans repeat the same few phrases, and the dispatcher resolves the wheel on every tick.
const parsedCache = new Map<string, TimingDetail>();
function parseCached(text: string): TimingDetail {
  let parsed = parsedCache.get(text);
  if (!parsed) {
    parsed = parseTimingDetail(text);
    if (parsedCache.size > 10_000) parsedCache.clear();
    parsedCache.set(text, parsed);
  }
  return parsed;
}

function placeMonths(s: Schedule): Resolved {
  // Every other year needs a starting year, or we would be guessing which years.
  if (s.every > 1 && s.firstYear === null && s.months.length + s.weeks.length > 0) return { ok: false, reason: 'no-first-year' };
  return { ok: true, schedule: s };
}

/** True when the schedule's months post in this year (every-N counted from firstYear). */
export function activeInYear(s: Schedule, year: number): boolean {
  if (s.every <= 1) return s.firstYear === null || year >= s.firstYear;
  if (s.firstYear === null) return false;
  return year >= s.firstYear && (year - s.firstYear) % s.every === 0;
}
