import type { Cell, TableBlock } from './docx-blocks';
import { GOAL_HEADING, roleOf, type Role } from './roles';

/** A measure as a table (or a labelled block) gives it, before goals and ids are settled. */
export interface RawMeasure {
  /** Number as written: a "Nr" column or a leading "1.2"/"3)" in the title. */
  number?: string;
  /** The goal as written in a goal column or a full-width row of the table. */
  goal?: string;
  title: string;
  timing: string;
  responsible: string;
  evaluation: string;
  targetGroup: string;
}

export type Columns = Partial<Record<Role, number>>;

/** The columns a header row names; undefined when it does not name a measure table. */
export function headerColumns(row: readonly Cell[]): Columns | undefined {
  const cols: Columns = {};
  row.forEach((cell, i) => {
    if (i > 0 && row[i - 1] === cell) return;
    const role = roleOf(cell.text);
    if (role && cols[role] === undefined) cols[role] = i;
  });
  // A measures table says what to do and at least one of when, who or how it is evaluated.
  const isMeasures = cols.title !== undefined && (cols.timing !== undefined || cols.responsible !== undefined || cols.evaluation !== undefined);
  return isMeasures ? cols : undefined;
}

/** Where the header is in the first rows, and its columns. */
export function findHeader(t: TableBlock): { row: number; cols: Columns } | undefined {
  for (let r = 0; r < Math.min(3, t.grid.length); r++) {
    const cols = headerColumns(t.grid[r]!);
    if (cols) return { row: r, cols };
  }
  return undefined;
}

const distinct = (row: readonly Cell[]) => row.filter((c, i) => row.indexOf(c) === i);

/** "1.2 Tekst" / "3) Tekst" / "1. Tekst" → ["1.2", "Tekst"]. */
export function splitNumber(text: string): [string | undefined, string] {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]|\s*[-–:])?\s+(?=\S)([\s\S]*)$/.exec(text);
  if (!m || /^\d{4}$/.test(m[1]!)) return [undefined, text];
  return [m[1]!.replace(/\.$/, ''), m[2]!];
}

/**
 * The measures of one table. Goals come from a goal column or from full-width rows (a row that
 * is one merged cell, or a lone "Delmål 2: …" cell); a repeated header row, empty rows and rows
 * that only continue the measure above (its title cell merged, or left empty) are folded in.
 */
export function tableMeasures(t: TableBlock, cols: Columns, startRow: number, goal: string | undefined): { measures: RawMeasure[]; lastGoal: string | undefined } {
  const measures: RawMeasure[] = [];
  let currentGoal = goal;
  let lastTitleCell: Cell | undefined;
  const width = t.grid[0]?.length ?? 0;
  const at = (row: readonly Cell[], role: Role) => (cols[role] === undefined ? undefined : row[cols[role]!]);
  for (let r = startRow; r < t.grid.length; r++) {
    const row = t.grid[r]!;
    const cells = distinct(row).filter((c) => c.text);
    if (cells.length === 0) continue;
    if (headerColumns(row)) continue;
    const titleCell = at(row, 'title');
    // A full-width row, or a goal heading alone in its row, starts a new goal.
    const onlyOne = cells.length === 1 && (distinct(row).length === 1 || (cells[0]!.colSpan >= width && width > 1));
    const lone = cells.length === 1 && GOAL_HEADING.test(cells[0]!.text) && cells[0] !== at(row, 'goal');
    if ((onlyOne && width > 1) || lone) {
      currentGoal = cells[0]!.text;
      lastTitleCell = undefined;
      continue;
    }
    const goalCell = at(row, 'goal');
    // An empty goal cell keeps the goal above: merged cells that lost their merge read that way.
    if (goalCell?.text) currentGoal = goalCell.text;
    const text = (role: Role) => at(row, role)?.text ?? '';
    const previous = measures[measures.length - 1];
    if (previous && (!titleCell?.text || titleCell === lastTitleCell)) {
      // The same measure on one more row: add what this row says that the measure does not have yet.
      for (const role of ['timing', 'responsible', 'evaluation', 'targetGroup'] as const) {
        const more = text(role);
        if (more && !previous[role].split('\n').includes(more)) previous[role] = previous[role] ? `${previous[role]}\n${more}` : more;
      }
      continue;
    }
    if (!titleCell?.text) continue;
    lastTitleCell = titleCell;
    const idCell = text('id');
    const [leading, title] = splitNumber(titleCell.text);
    const number = (idCell ? splitNumber(`${idCell} x`)[0] ?? idCell.replace(/[.)]$/, '') : undefined) ?? leading;
    measures.push({
      ...(number ? { number } : {}),
      ...(currentGoal ? { goal: currentGoal } : {}),
      title: leading ? title : titleCell.text,
      timing: text('timing'),
      responsible: text('responsible'),
      evaluation: text('evaluation'),
      targetGroup: text('targetGroup'),
    });
  }
  return { measures, lastGoal: currentGoal };
}
