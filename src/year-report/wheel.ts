import type { WheelEntry } from '../plan/types';
import type { Clock } from '../common/clock';
import { computeOccurrences } from '../reminders/occurrences';
import { resolveSchedule } from '../reminders/schedule';

/** One activity of the wheel in a year: a month's reminder, or a deadline with its reminders. */
export interface WheelActivity {
  entry: WheelEntry;
  /** YYYY-MM-DD: the day the month's reminder is posted, or the deadline. */
  date: string;
  /** The reminder dates "Marker som gjort" records under (a deadline has up to three). */
  reminderDates: string[];
}

/**
 * The wheel's activities of `year`, from the same occurrences the dispatcher posts. A month's
 * reminder is one activity; a deadline's reminders (30 days, 7 days, the day) are one activity,
 * in the year of its deadline, done when any of them was marked done.
 */
export function wheelActivitiesOfYear(wheel: readonly WheelEntry[], year: number, clock: Clock): WheelActivity[] {
  // A deadline early in January is reminded of in the December before.
  const { occurrences } = computeOccurrences(wheel, { from: `${year - 1}-11-01`, to: `${year}-12-31` }, clock);
  const byId = new Map(wheel.map((e) => [e.id, e]));
  const activities: WheelActivity[] = [];
  const deadlines = new Map<string, WheelActivity>();
  for (const occ of occurrences) {
    const entry = byId.get(occ.entryId);
    if (!entry) continue;
    if (occ.kind === 'month') {
      if (occ.date.startsWith(`${year}-`)) activities.push({ entry, date: occ.date, reminderDates: [occ.date] });
      continue;
    }
    const resolved = resolveSchedule(entry);
    const deadline = resolved.ok ? resolved.schedule.deadline : null;
    if (!deadline?.startsWith(`${year}-`)) continue;
    const key = `${entry.id} ${deadline}`;
    let activity = deadlines.get(key);
    if (!activity) {
      activity = { entry, date: deadline, reminderDates: [] };
      deadlines.set(key, activity);
      activities.push(activity);
    }
    activity.reminderDates.push(occ.date);
  }
  return activities.sort((a, b) => a.date.localeCompare(b.date) || a.entry.id.localeCompare(b.entry.id));
}
