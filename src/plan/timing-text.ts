import { MONTHS_NB } from '../reminders/texts';
import type { WheelTiming } from './types';

/** "februar, mars og oktober". */
function monthList(months: readonly number[]): string {
  const names = months.map((m) => MONTHS_NB[m - 1] ?? String(m));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/**
 * A wheel timing in the plan's own kind of words, which the wheel parser reads back to the same
 * months, recurrence or deadline: what a SharePoint list's Timing column holds.
 */
export function timingText(t: WheelTiming): string {
  if (t.kind === 'text') return t.text;
  if (t.kind === 'deadline') {
    const [y, m, d] = t.deadline.split('-').map(Number);
    return `Frist: ${d}.${m}.${y}`;
  }
  const months = monthList(t.months);
  if ((t.every ?? 1) === 2) return `${cap(months)} annethvert år${t.firstYear ? `, første gang ${t.firstYear}` : ''}`;
  if ((t.every ?? 1) > 2) return `${cap(months)} hvert ${t.every}. år${t.firstYear ? `, første gang ${t.firstYear}` : ''}`;
  return `Hvert år i ${months}${t.firstYear ? `, fra ${t.firstYear}` : ''}`;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
