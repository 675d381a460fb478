import type { Plan, WheelEntry } from '../plan/types';
import { osloDate } from './calendar';
import type { DoneRecord } from './ledger';
import type { Occurrence, OccurrenceKind } from './occurrences';
import { formatDateNo } from '../common/dates';
import { resolveSchedule } from './schedule';
import { monthTextNb } from './texts';

/** The data cards/reminder.json binds; plain data, so the Designer can edit the card. */
export interface ReminderCardData {
  month: string;
  title: string;
  todo: string;
  responsible: string;
  hasResponsible: boolean;
  measures: Array<{ id: string; title: string; status: string }>;
  hasMeasures: boolean;
  late: boolean;
  when: string;
  entryId: string;
  date: string;
  done: boolean;
  doneText: string;
}

const KIND_TEXT: Record<OccurrenceKind, (deadline: string) => string> = {
  month: () => '',
  'deadline-30': (d) => `Frist ${d}, om omtrent 30 dager.`,
  'deadline-7': (d) => `Frist ${d}, om omtrent en uke.`,
  'deadline-0': (d) => `Frist i dag, ${d}.`,
};

/** Builds the reminder card's data; statuses come from the measures capability when wired. */
export function reminderCardData(
  plan: Pick<Plan, 'measures'>,
  entry: WheelEntry,
  occ: Pick<Occurrence, 'date' | 'kind'>,
  opts: { late: boolean; measureStatus?: (id: string) => string | undefined; done?: DoneRecord },
): ReminderCardData {
  // A deadline may also be written in the entry's own words ("Frist: 30.6.2026"), as in the lists.
  const resolved = resolveSchedule(entry);
  const deadline = resolved.ok && resolved.schedule.deadline ? formatDateNo(resolved.schedule.deadline) : '';
  const measures = entry.measures.map((id) => {
    const m = plan.measures.find((x) => x.id === id);
    return { id, title: m?.title ?? '', status: opts.measureStatus?.(id) ?? m?.status ?? 'Ukjent' };
  });
  return {
    month: monthTextNb(occ.date),
    title: entry.title,
    todo: entry.todo,
    responsible: entry.responsible ?? '',
    hasResponsible: Boolean(entry.responsible),
    measures,
    hasMeasures: measures.length > 0,
    late: opts.late,
    when: KIND_TEXT[occ.kind](deadline),
    entryId: entry.id,
    date: occ.date,
    done: Boolean(opts.done),
    doneText: opts.done ? `Markert som gjort av ${opts.done.byName} ${formatDateNo(osloDate(new Date(opts.done.at)))}.` : '',
  };
}
