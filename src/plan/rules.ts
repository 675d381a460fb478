/**
 * The row rules every plan source shares: the plan file and the SharePoint lists. A bad row is
 * reported and, where it cannot be used at all (no id, a second row with the same id), left
 * out; every other row keeps working.
 */
import { resolveSchedule } from '../reminders/schedule';
import type { PlanProblem, RowRef } from './problems';
import type { Goal, Measure, WheelEntry } from './types';

/** A row as a source read it, with where it came from. */
export interface Row<T> {
  value: T;
  ref: RowRef;
}

export interface RowsInput {
  goals: Array<Row<Goal>>;
  measures: Array<Row<Measure>>;
  wheel: Array<Row<WheelEntry>>;
  /** Audience keys channels may subscribe to; undefined means every audience in use is known. */
  audiences?: readonly string[];
}

export interface ValidatedRows {
  goals: Goal[];
  measures: Measure[];
  wheel: WheelEntry[];
  problems: PlanProblem[];
}

/** An audience key a channel can name in `abonner`: one word of lowercase letters, digits and dashes. */
export const AUDIENCE_PATTERN = /^[a-zæøå0-9][a-zæøå0-9-]*$/;

const what = { goals: 'delmål', measures: 'tiltak', wheel: 'årshjul-aktivitet' } as const;

/** Drops rows without an id and later rows that repeat an id, reporting each. */
function unique<T extends { id: string; title: string }>(rows: Array<Row<T>>, list: 'goals' | 'measures' | 'wheel', out: PlanProblem[]): Array<Row<T>> {
  const seen = new Map<string, Row<T>>();
  const kept: Array<Row<T>> = [];
  for (const row of rows) {
    const id = row.value.id.trim();
    const title = row.value.title || undefined;
    if (!id) {
      out.push({ kind: 'invalid', ref: row.ref, ...(title ? { title } : {}), message: `mangler ID; ${what[list]} brukes ikke før den har en ID` });
      continue;
    }
    const first = seen.get(id);
    if (first) {
      const where = first.ref.itemId ? `element ${first.ref.itemId}` : `rad ${first.ref.position}`;
      out.push({ kind: 'duplicate', ref: row.ref, id, ...(title ? { title } : {}), message: `ID ${id} er allerede brukt i ${where}; denne raden brukes ikke` });
      continue;
    }
    seen.set(id, row);
    kept.push(row);
  }
  return kept;
}

export function validateRows(input: RowsInput): ValidatedRows {
  const problems: PlanProblem[] = [];
  const goals = unique(input.goals, 'goals', problems);
  const measures = unique(input.measures, 'measures', problems);
  const wheel = unique(input.wheel, 'wheel', problems);
  const goalIds = new Set(goals.map((g) => g.value.id));
  const measureIds = new Set(measures.map((m) => m.value.id));
  const known = input.audiences ? new Set(input.audiences) : undefined;

  for (const { value: m, ref } of measures) {
    const base = { ref, id: m.id, title: m.title };
    if (!m.goalId) problems.push({ kind: 'goal', ...base, message: 'mangler delmål' });
    else if (!goalIds.has(m.goalId)) problems.push({ kind: 'goal', ...base, message: `delmål «${m.goalId}» finnes ikke` });
  }
  const entries = wheel.map(({ value: e, ref }) => {
    const base = { ref, id: e.id, title: e.title };
    const unknown = e.measures.filter((id) => !measureIds.has(id));
    if (unknown.length) problems.push({ kind: 'reference', ...base, message: `tiltak ${unknown.join(', ')} finnes ikke` });
    if (!AUDIENCE_PATTERN.test(e.audience)) {
      problems.push({ kind: 'audience', ...base, message: e.audience ? `målgruppen «${e.audience}» kan ikke brukes; skriv ett ord med små bokstaver, f.eks. alle-ledere` : 'mangler målgruppe' });
    } else if (known && !known.has(e.audience)) {
      problems.push({ kind: 'audience', ...base, message: `målgruppen «${e.audience}» er ukjent; kjente er ${[...known].join(', ')}` });
    }
    const resolved = resolveSchedule(e);
    if (!resolved.ok && resolved.reason !== 'continuous') {
      const text = e.timing.kind === 'text' ? e.timing.text : '';
      const why = resolved.reason === 'no-first-year' ? 'annethvert år trenger første år, f.eks. «første gang 2026»' : 'velg måned eller frist';
      problems.push({ kind: 'timing', ...base, message: text ? `tiden «${text}» kan ikke plasseres; ${why}` : `tiden mangler; ${why}` });
    }
    return unknown.length ? { ...e, measures: e.measures.filter((id) => measureIds.has(id)) } : e;
  });
  return { goals: goals.map((g) => g.value), measures: measures.map((m) => m.value), wheel: entries, problems };
}
