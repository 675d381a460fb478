import { addDays, osloDate, osloInstant, weekday } from '../reminders/calendar';
import { isWorkingDay } from '../reminders/holidays';

/** The digest goes out at this Oslo time on the week's first working day. */
export const DIGEST_TIME = '09:00';

/** The Monday of the ISO week a date is in. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/**
 * When the week's digest is due: Monday 09:00 Europe/Oslo, or the next working day of the same
 * week when Monday is a public holiday (Easter Monday, Whit Monday); undefined for a week without
 * a working day.
 */
export function digestDue(monday: string): Date | undefined {
  for (let i = 0; i < 5; i++) {
    const day = addDays(monday, i);
    if (isWorkingDay(day)) return osloInstant(day, DIGEST_TIME);
  }
  return undefined;
}

/** This week's due time and the previous week's (the start of what the digest covers). */
export function digestWindow(now: Date): { monday: string; due: Date; from: Date } | undefined {
  const monday = mondayOf(osloDate(now));
  const due = digestDue(monday);
  if (!due) return undefined;
  let earlier = addDays(monday, -7);
  let from = digestDue(earlier);
  // A week without working days has no digest: the one before it starts the window.
  for (let i = 0; !from && i < 4; i++) from = digestDue((earlier = addDays(earlier, -7)));
  return { monday, due, from: from ?? osloInstant(addDays(monday, -7), DIGEST_TIME) };
}
