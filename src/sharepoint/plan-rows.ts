import type { PlanListName, RowRef } from '../plan/problems';
import type { Goal, WheelEntry } from '../plan/types';
import type { ListItem } from './list-client';

type Fields = Record<string, unknown>;

/** The columns each plan list is read with (person columns must be named to come back). */
export const GOAL_FIELDS = ['Title', 'GoalId'];
export const MEASURE_FIELDS = ['Title', 'MeasureId', 'Goal', 'TargetGroup', 'Responsible', 'Owners', 'Timing', 'Deadline', 'Evaluation', 'Status', 'StatusComment', 'UpdatedBy', 'UpdatedAt', 'ApprovedBy', 'ApprovedAt'];
export const WHEEL_FIELDS = ['Title', 'EntryId', 'Timing', 'Audience', 'Measures', 'Message', 'Responsible', 'Day', 'Time'];

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Where a list item lives, with a link to its form in SharePoint. */
export function itemRef(list: PlanListName, item: ListItem, position: number, listWebUrl: string | undefined): RowRef {
  return { list, position, itemId: item.id, ...(listWebUrl ? { url: `${listWebUrl}/DispForm.aspx?ID=${encodeURIComponent(item.id)}` } : {}) };
}

export function fieldsToGoal(f: Fields): Goal {
  return { id: text(f.GoalId), title: text(f.Title) };
}

/** "1.1, 1.2; 2.3" → ["1.1", "1.2", "2.3"]. */
export function idList(v: unknown): string[] {
  return text(v).split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** A wheel list item as an entry timed by its own words; a bad Day or Time is left out and reported. */
export function fieldsToWheelEntry(f: Fields): { entry: WheelEntry; invalid: string[] } {
  const invalid: string[] = [];
  const day = typeof f.Day === 'number' ? f.Day : Number(text(f.Day) || NaN);
  const rawTime = text(f.Time);
  const time = TIME.exec(rawTime);
  if (rawTime && !time) invalid.push(`klokkeslettet «${rawTime}» må skrives TT:MM`);
  const hasDay = Number.isInteger(day) && day >= 1 && day <= 31;
  if (!Number.isNaN(day) && !hasDay) invalid.push(`dag ${String(f.Day)} må være 1–31`);
  const responsible = text(f.Responsible);
  return {
    entry: {
      id: text(f.EntryId),
      title: text(f.Title),
      todo: text(f.Message),
      measures: idList(f.Measures),
      audience: text(f.Audience).toLowerCase(),
      ...(responsible ? { responsible } : {}),
      timing: {
        kind: 'text',
        text: text(f.Timing),
        ...(hasDay ? { day } : {}),
        ...(time ? { time: `${time[1]!.padStart(2, '0')}:${time[2]}` } : {}),
      },
    },
    invalid,
  };
}

/** A person as a person column gives it: the e-mail is what leads to the Entra object id. */
export interface PersonValue {
  name: string;
  email?: string;
}

/** Reads a person column in either shape Graph returns: objects with Email, or bare lookup ids. */
export function personValues(f: Fields, column: string): PersonValue[] {
  const raw = f[column];
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : [];
  const people = list.map((p: Record<string, unknown>) => {
    const email = text(p.Email ?? p.email ?? p.EMail);
    return { name: text(p.LookupValue ?? p.Title) || email || `oppslag ${text(p.LookupId)}`, ...(email ? { email } : {}) };
  });
  if (people.length > 0) return people;
  const ids = f[`${column}LookupId`];
  return (Array.isArray(ids) ? ids : ids ? [ids] : []).map((id) => ({ name: `oppslag ${text(id)}` }));
}
