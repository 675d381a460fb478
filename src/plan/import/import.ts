import { parseTiming } from '../../reminders/wheel-parse';
import type { DocxLimits } from '../../common/docx-package';
import { readDocxBlocks, type Block, type TableBlock } from './docx-blocks';
import { planHeading, type PlanHeading } from './heading';
import { LabelledBlocks, labelled } from './labels';
import { GOAL_HEADING } from './roles';
import { findHeader, splitNumber, tableMeasures, type Columns, type RawMeasure } from './tables';

/** What `plan import FILE.docx --json` prints (the contract), and the plan's own heading. */
export interface ImportedPlan {
  goals: Array<{ id: string; title: string }>;
  measures: Array<{ id: string; goalId: string; title: string; timing: string; responsible: string; evaluation: string; targetGroup: string }>;
  warnings: string[];
  /** The title as the Word file writes it, with its municipality and period; not in the JSON contract. */
  heading?: PlanHeading;
}

type Candidate = { text: string; strength: 'goal-word' | 'heading' | 'short' };

const isHeadingLike = (b: Extract<Block, { kind: 'paragraph' }>) => b.level > 0 || (b.bold && b.text.length <= 150);
const isShortLabel = (t: string) => t.length <= 120 && !/[.:;,]$/.test(t) && !/^tabell\b/i.test(t) && !t.includes('\n');

/** The goal a table belongs to, from the paragraphs between it and the table before it. */
function goalFrom(candidates: Candidate[]): string | undefined {
  const word = [...candidates].reverse().find((c) => c.strength === 'goal-word');
  if (word) return word.text;
  return candidates[candidates.length - 1]?.text;
}

/** A table of label/value rows ("Tiltak | …", "Ansvar | …"): read like labelled lines. */
function labelRows(t: TableBlock): string[] | undefined {
  if (t.grid[0]?.length !== 2) return undefined;
  const rows = t.grid.filter((r) => r[0]!.text || r[1]!.text);
  const labels = rows.filter((r) => labelled(`${r[0]!.text.replace(/:$/, '')}: x`));
  return labels.length >= 2 && labels.length >= rows.length / 2 ? rows.map((r) => `${r[0]!.text.replace(/:$/, '')}: ${r[1]!.text}`) : undefined;
}

/** Reads goals and measures from a Word plan; see importBlocks. `limits` bounds what is inflated. */
export async function importDocx(data: Buffer, limits?: DocxLimits): Promise<ImportedPlan> {
  return importBlocks(await readDocxBlocks(data, limits));
}

/**
 * Finds the measure tables of a plan (by their Norwegian headers, in any column order), the goal
 * of each measure (a goal column, a full-width row, or the heading above the table), and
 * measures written as labelled lines. Other tables (contacts, statistics, working groups) are
 * skipped. Every timing goes through the wheel parser; the ones it cannot place are warnings.
 */
export function importBlocks(blocks: readonly Block[]): ImportedPlan {
  const warnings: string[] = [];
  const found: Array<RawMeasure & { at: number }> = [];
  let candidates: Candidate[] = [];
  let lastHeading: string | undefined;
  let previous: { cols: Columns; width: number; goal: string | undefined } | undefined;
  let textSinceTable = false;
  const numbered: Array<{ number: string; text: string }> = [];
  const labels = new LabelledBlocks(() => {
    const own = numbered[numbered.length - 1];
    const parent = own && [...numbered].reverse().find((n) => own.number.startsWith(`${n.number}.`) && !/^tiltak\b/i.test(n.text));
    return { ...(own ? { number: own.number } : {}), ...(parent ? { goal: `${parent.number} ${parent.text}` } : lastHeading ? { goal: lastHeading } : {}) };
  });
  let tableNo = 0;

  blocks.forEach((b, at) => {
    if (b.kind === 'paragraph') {
      if (!b.text) return;
      const [num, rest] = splitNumber(b.text);
      if (num && num.includes('.') && rest.length < 200) numbered.push({ number: num, text: rest });
      labels.line(b.text, at);
      if (GOAL_HEADING.test(b.text) && b.text.length <= 200 && (isHeadingLike(b) || /^\p{L}+\s*\d/u.test(b.text))) candidates.push({ text: b.text, strength: 'goal-word' });
      else if (isHeadingLike(b)) candidates.push({ text: b.text, strength: 'heading' });
      else if (isShortLabel(b.text)) candidates.push({ text: b.text, strength: 'short' });
      else {
        textSinceTable = true;
        candidates = candidates.filter((c) => c.strength !== 'short');
      }
      if (isHeadingLike(b) && !/^tiltak\b/i.test(rest)) lastHeading = b.text;
      return;
    }
    labels.flush(at);
    tableNo++;
    const t = b;
    const width = t.grid[0]?.length ?? 0;
    const asLabels = width === 1 ? t.grid.map((r) => r[0]!.text).join('\n').split('\n') : labelRows(t);
    if (asLabels) {
      for (const line of asLabels) labels.line(line, at);
      labels.flush(at);
      return;
    }
    const header = findHeader(t);
    let cols: Columns;
    let start: number;
    let goal = goalFrom(candidates);
    if (header) {
      cols = header.cols;
      start = header.row + 1;
      // A title row above the header ("Delmål 2: …" across the table) names the table's goal.
      for (const row of t.grid.slice(0, header.row)) {
        const texts = row.filter((c, i) => c.text && row.indexOf(c) === i);
        if (texts.length === 1) goal = texts[0]!.text;
      }
    } else if (previous && previous.width === width && !textSinceTable) {
      // A table split across pages, without its header the second time.
      cols = previous.cols;
      start = 0;
      goal ??= previous.goal;
    } else {
      const first = t.grid[0]?.filter((c, i, row) => row.indexOf(c) === i).map((c) => c.text.split('\n')[0]).filter(Boolean).join(' | ') ?? '';
      if (t.grid.length > 1 || first) warnings.push(`Tabell ${tableNo} er hoppet over, den ser ikke ut som en tiltakstabell: «${first.slice(0, 80)}»`);
      previous = undefined;
      candidates = [];
      return;
    }
    goal ??= lastHeading;
    const { measures, lastGoal } = tableMeasures(t, cols, start, goal);
    for (const m of measures) found.push({ ...m, at });
    previous = { cols, width, goal: lastGoal };
    candidates = [];
    textSinceTable = false;
  });
  labels.flush(blocks.length);
  found.push(...labels.measures);
  found.sort((a, b) => a.at - b.at);
  const heading = planHeading(blocks);
  return { ...settle(dedupe(found), warnings), ...(heading ? { heading } : {}) };
}

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

function dedupe(found: RawMeasure[]): RawMeasure[] {
  const seen = new Set<string>();
  return found.filter((m) => {
    const k = key(m.title);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Gives goals and measures their ids (from the plan's own numbers where it has them) and warns. */
function settle(found: RawMeasure[], warnings: string[]): ImportedPlan {
  const goals: ImportedPlan['goals'] = [];
  const goalIds = new Map<string, string>();
  const goalOf = (text: string | undefined): string => {
    if (!text) return '';
    const k = key(text);
    const known = goalIds.get(k);
    if (known) return known;
    const word = GOAL_HEADING.exec(text);
    const [num, rest] = splitNumber(text);
    let id = word?.[1] ?? num ?? String(goals.length + 1);
    const title = (word?.[1] ? word[2] : num ? rest : text)?.trim() || text;
    while (goals.some((g) => g.id === id)) id = `${id}b`;
    goals.push({ id, title });
    goalIds.set(k, id);
    return id;
  };
  const used = new Set<string>();
  const perGoal = new Map<string, number>();
  const measures = found.map((m) => {
    const goalId = goalOf(m.goal);
    const n = (perGoal.get(goalId) ?? 0) + 1;
    perGoal.set(goalId, n);
    let id = m.number && !used.has(m.number) ? m.number : goalId ? `${goalId}.${n}` : String(used.size + 1);
    while (used.has(id)) id = `${id}b`;
    used.add(id);
    return { id, goalId, title: m.title, timing: m.timing, responsible: m.responsible, evaluation: m.evaluation, targetGroup: m.targetGroup };
  });
  if (measures.length === 0) warnings.push('Fant ingen tiltak: ingen tabell har kolonnene Tiltak og Ansvar, Tidsrom eller Evaluering.');
  for (const m of measures) {
    const label = `Tiltak ${m.id} «${m.title.split('\n')[0]!.slice(0, 60)}»`;
    if (!m.goalId) warnings.push(`${label} har ikke noe delmål.`);
    if (m.timing && parseTiming(m.timing).unresolved) warnings.push(`${label}: tiden «${m.timing.replace(/\n/g, ' ')}» kan ikke plasseres i årshjulet; velg måned eller frist.`);
  }
  return { goals, measures, warnings };
}
