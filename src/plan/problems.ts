/**
 * Problems in a plan that a coordinator must fix: each names its row (list, position or item,
 * id) and its reason in Norwegian. The same problems feed the coordinators' card and `plan check`.
 */

/** The kinds the coordinators' card groups by. */
export type ProblemKind = 'timing' | 'owner' | 'goal' | 'duplicate' | 'audience' | 'reference' | 'invalid';

/** The plan's lists and file, and the municipality's lists of curated answers and staff words. */
export type PlanListName = 'goals' | 'measures' | 'wheel' | 'file' | 'curated' | 'synonyms';

/** Where a row lives: a SharePoint list item, or a position (and line) in the plan file. */
export interface RowRef {
  list: PlanListName;
  /** 1-based position in the list or file section. */
  position: number;
  /** SharePoint list item id (the list's ID column). */
  itemId?: string;
  /** Link to the item's form in SharePoint. */
  url?: string;
  /** 1-based line in the plan file. */
  line?: number;
}

export interface PlanProblem {
  kind: ProblemKind;
  ref: RowRef;
  /** The row's own id as written (tiltak-ID, delmål-ID, årshjul-ID), when it has one. */
  id?: string;
  title?: string;
  /** What is wrong, in Norwegian, short. */
  message: string;
}

export const LIST_LABELS: Record<PlanListName, string> = {
  goals: 'Delmål', measures: 'Tiltak', wheel: 'Årshjul', file: 'Planfilen',
  curated: 'Kuraterte svar', synonyms: 'Synonymer',
};

export const KIND_LABELS: Record<ProblemKind, string> = {
  timing: 'Tid som ikke kan plasseres',
  owner: 'Eier finnes ikke',
  goal: 'Tiltak uten delmål',
  duplicate: 'ID brukt to ganger',
  audience: 'Ukjent målgruppe',
  reference: 'Ukjent tiltak',
  invalid: 'Ugyldig rad',
};

/** "Tiltak, rad 4 (ID 12)" or "Planfilen, linje 30". */
export function rowLabel(ref: RowRef): string {
  const where = ref.line !== undefined ? `linje ${ref.line}` : `rad ${ref.position}`;
  return `${LIST_LABELS[ref.list]}, ${where}${ref.itemId ? ` (element ${ref.itemId})` : ''}`;
}

/** Stable identity of a problem, so a fixed one drops off and an unchanged set is not re-sent. */
export function problemKey(p: PlanProblem): string {
  return [p.kind, p.ref.list, p.ref.itemId ?? p.id ?? p.ref.position, p.message].join('|');
}

/** One line per problem, for `plan check` and logs (no personal data: ids and reasons only). */
export function formatProblem(p: PlanProblem): string {
  const name = p.id ? ` ${p.id}` : '';
  const title = p.title ? ` «${p.title}»` : '';
  return `${rowLabel(p.ref)}${name}${title}: ${p.message}${p.ref.url ? ` – ${p.ref.url}` : ''}`;
}
