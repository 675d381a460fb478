import { detectHeading } from './headings';
import type { DocumentPage } from './types';

/**
 * Reflows text extracted from a PDF into the blocks a person reads: paragraphs, list items,
 * labelled cells ("Ansvar: …") and table rows. Extraction breaks lines at the page's width, in
 * the middle of sentences, and some extractors put a blank line after every line; this reads
 * the lines back into their blocks, so an answer is never a line cut from its sentence.
 */

/**
 * What a block is. A `header` is a table's header row and a `label` a cell label alone on its line
 * ("Tidsrom:"): both are searched, never shown as an answer on their own.
 */
export type BlockKind = 'heading' | 'para' | 'item' | 'row' | 'header' | 'label';

export interface FlowBlock {
  kind: BlockKind;
  /** The document's own words, its lines joined by single spaces (what citations show). */
  raw: string;
  page: number | null;
  /** The heading's level, for headings. */
  level?: number;
  /**
   * The cell label the block stands under ("Ansvar", "Tidsrom"): a label line of a measure
   * block ("Frist: 31.12.2023"), or a column of a flattened table whose label stood alone.
   */
  label?: string;
  /** A table row's cells, with the header's column names. */
  cells?: Array<{ name: string; text: string }>;
  /** Index of the item this paragraph belongs to, when a list item titles the text after it. */
  under?: number;
}

/** Labels of a plan's measure cells: "Ansvar: …", "Frist: …", or alone on a line above the cell. */
export const CELL_LABELS = [
  'tiltak', 'ansvar', 'ansvarlig', 'hovedansvar', 'hvem har ansvar', 'frist', 'tidsrom', 'tidsplan', 'tidsperiode', 'periode',
  'når', 'hvordan og når', 'evaluering', 'målgruppe', 'mål', 'status', 'samarbeidspartnere', 'samarbeid', 'ressurser', 'kostnad', 'rapportering',
];
const LABEL_LINE = new RegExp(`^(${CELL_LABELS.join('|')})\\s*:\\s*(.*)$`, 'iu');
/** A label with no colon, alone on its line, is still a label in a flattened table ("Evaluering"). */
const BARE_LABEL = /^(tiltak|ansvar|tidsrom|frist|evaluering)$/iu;
/** How far ahead a cell's next label is looked for (lines, blank ones aside). */
const LABEL_LOOKAHEAD = 12;

/** Column names a flattened table's header row is made of, longest first. */
const COLUMNS = ['hvem har ansvar', 'hvordan og når', 'målgruppe', 'tiltak', 'tidsrom', 'ansvar', 'evaluering', 'frist', 'mål', 'status', 'aktivitet', 'når'];
/** A time value that ends a row of a two-column "Tiltak / Tidsrom" table: "2022", "2022-2025". */
const TRAILING_TIME = /^(.*?)\s*\b((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)$/u;

/** "3.2.4 Tiltak: Økt kompetanse i å snakke med barn om vold i barnehager, skoler, …": too long for `detectHeading`. */
function longNumberedHeading(t: string): { level: number; title: string } | null {
  const m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+\p{Lu}/u.exec(t);
  return m && t.split(' ').length <= 30 && !endsSentence(t) ? { level: Math.min(m[1]!.split('.').length, 4), title: t } : null;
}

/** Longest block joined from lines that do not end a sentence, in words. */
const MAX_BLOCK_WORDS = 60;
/**
 * A flattened table's repeated cell value ("Ansatte i NAV" opening four rows): the first words of a
 * line, and how many lines open with them. A line opening so under a table's header starts a cell
 * of its own after a block of more than ROW_OPENING_AFTER words; after a shorter one (a time
 * value: "Våren 2022" / "Plangruppa for …") it is the same row's next cell on the same line.
 */
const ROW_OPENING_WORDS = 3;
const ROW_OPENING_LINES = 3;
const ROW_OPENING_AFTER = 4;

/** A line of nothing but web addresses. */
const URL_ONLY = /^(?:(?:https?:\/\/|www\.)\S+\s*)+$/u;

/** A list marker: bullets, dashes, "1.", "1)", "a)". "*)" opens a footnote, not an item. */
const MARKER = /^(?:[•▪●◦‣⁃]|\*(?!\))|[-–](?=\s*\p{L})|\d{1,2}[.)](?=\s|\p{Lu})|[a-h]\)(?=\s))/u;

/** Words a sentence cannot end on: a line that ends on one runs on into the next. */
const RUNS_ON = new Set(
  ('og i på til for med av som at en et ei å om ved fra eller er har skal kan må samt ifølge mot under over mellom etter ' +
    'hos uten blant gjennom innen både enten der når hvor hvis slik sin sitt sine vår våre deres alle andre nye ny the and or of to in ' +
    'være bli blir vil ikke også enn per pr inn ut opp dette denne disse hver ulike egne egen eget god gode').split(' '),
);

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = /(?:\b(?:f\.eks|bl\.a|ca|nr|jf|jfr|pkt|kap|dvs|evt|mv|osv|m\.m|t\.o\.m|ifm|iht|o\.l|mht|vedr|tlf|kl|mr|dr|st|ref|s|ev|pga|inkl|ekskl|stk|avd|adm|prof)|\b\p{Lu}|\d)\.$/iu;

const endsSentence = (s: string): boolean => /[.!?»"”]$/.test(s) && !ABBREVIATIONS.test(s);
const lastWord = (s: string): string => (s.toLowerCase().match(/\p{L}+$/u) ?? [''])[0]!;
/** A line that cannot end a block: it ends on a comma, a hyphen, or a word that runs on. */
const runsOn = (s: string): boolean => /[,(\-–/&]$/.test(s) || RUNS_ON.has(lastWord(s));

/** The header row of a flattened table, as column names, or null: "Tiltak  Tidsrom". */
export function headerColumns(line: string): string[] | null {
  let rest = line.toLowerCase().replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  while (rest) {
    const col = COLUMNS.find((c) => rest === c || rest.startsWith(`${c} `));
    if (!col) return null;
    out.push(col);
    rest = rest.slice(col.length).trim();
  }
  return out.length >= 2 ? out : null;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Line {
  text: string;
  page: number | null;
  /** A blank line came before it. */
  blank: boolean;
  /**
   * It starts with a space where the line before it did not: in text extracted from a PDF, a
   * column of a table row starting on the same visual line ("I løpet av våren 2023 BVT" /
   * " Ansatte i skolene …").
   */
  indented: boolean;
}

/** The non-blank lines of a document's pages, each knowing whether a blank line came before it. */
function linesOf(pages: DocumentPage[]): Line[] {
  const out: Line[] = [];
  for (const page of pages) {
    let blank = true;
    let indented = false;
    for (const rawLine of page.text.split(/\r?\n/)) {
      // PDF symbol fonts draw bullets as private-use or odd glyphs; they are list markers all the same.
      const text = rawLine
        .replace(/^[ \t]*[\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u2022\u2023\u2043\u25ba\u00b7]\s*/u, '• ')
        .replace(/\s+/g, ' ')
        .trim();
      if (!text) {
        blank = true;
        continue;
      }
      const starts = /^[ \t]/.test(rawLine) && !/^[ \t]*[•\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u2022\u2023\u2043\u25ba\u00b7]/u.test(rawLine);
      out.push({ text, page: page.page, blank, indented: starts && !indented });
      indented = starts;
      blank = false;
    }
  }
  return out;
}

/** The first words of a line, as a table's repeated cell values are told apart ("ansatte i nav"). */
function opening(text: string): string {
  return text.toLowerCase().split(' ').slice(0, ROW_OPENING_WORDS).join(' ');
}

/**
 * The openings (first ROW_OPENING_WORDS words) of at least ROW_OPENING_LINES lines starting in a
 * capital: in a flattened table, the cell values its rows repeat ("Ansatte i NAV", "I løpet av").
 */
function rowOpenings(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    if (!/^\p{Lu}/u.test(text) || text.split(' ').length < 2) continue;
    const key = opening(text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= ROW_OPENING_LINES).map(([key]) => key));
}

/** Reads rows of a two-column table whose last column is a time ("Tiltak  Tidsrom"). */
class TimeTable {
  constructor(private readonly columns: string[]) {}

  static accepts(columns: string[]): boolean {
    return columns.length === 2 && /^(tidsrom|frist|når)$/.test(columns[1]!);
  }

  /**
   * Takes a line into the open row or a new one; returns false when the line is no row (the
   * table has ended). A row ends at its time value: "Lage digital verktøykasse 2022-2023".
   */
  take(line: Line, open: FlowBlock | null, emit: (b: FlowBlock) => FlowBlock): FlowBlock | false {
    const t = line.text;
    const [what, when] = this.columns.map(capital) as [string, string];
    const row = open?.kind === 'row' ? open : null;
    const waiting = row && row.cells!.length === 1 ? row : null;
    if (waiting && /^(?:19|20)\d\d/.test(t)) {
      waiting.cells!.push({ name: when, text: t });
      waiting.raw = `${waiting.raw} ${t}`;
      return waiting;
    }
    if (row && row.cells!.length === 2 && /^\p{Ll}/u.test(t)) {
      // "oppdateres årlig" under "2022": more of the time cell.
      row.cells![1]!.text += ` ${t}`;
      row.raw = `${row.raw} ${t}`;
      return row;
    }
    const text = waiting ? `${waiting.raw} ${t}` : t;
    const time = TRAILING_TIME.exec(text);
    if (time?.[1]) {
      const target = waiting ?? emit({ kind: 'row', raw: '', page: line.page });
      target.cells = [{ name: what, text: time[1].trim() }, { name: when, text: time[2]! }];
      target.raw = text;
      return target;
    }
    if (endsSentence(t) || MARKER.test(t) || text.split(' ').length > 40) return false;
    if (waiting) {
      waiting.raw = text;
      waiting.cells![0]!.text = text;
      return waiting;
    }
    return emit({ kind: 'row', raw: t, page: line.page, cells: [{ name: what, text: t }] });
  }
}

/** A row still waiting for its time value when the table ends was a caption, not a row. */
function settle(b: FlowBlock | null): void {
  if (b?.kind === 'row' && b.cells!.length < 2) {
    b.kind = 'para';
    delete b.cells;
  }
}

/**
 * Reads the lines of a plain-text document into blocks. A line continues the block before it
 * unless it opens a block of its own (a heading, a list item, a label, a table header), or the
 * block ended its sentence and a blank line comes between. A line that starts in lower case, or
 * follows one that ends on a comma or a word no sentence ends on ("og", "for", "i"), always
 * continues. Where nearly every line is followed by a blank line, blank lines are the
 * extractor's, not the author's, and say nothing.
 *
 * A list item that names a measure and does not end its sentence ("• Lage digital
 * verktøykasse") titles the paragraphs after it: they are marked as `under` it.
 */
export function reflow(pages: DocumentPage[]): FlowBlock[] {
  const lines = linesOf(pages);
  const blankIsNoise = lines.length > 0 && lines.filter((l) => l.blank).length / lines.length > 0.7;
  const openings = rowOpenings(lines);
  const out: FlowBlock[] = [];
  let open: FlowBlock | null = null;
  /** The label of the cell being read, when its label stood alone on its line ("Tidsrom:"). */
  let cellLabel: string | undefined;
  let table: TimeTable | null = null;
  /** The list item whose text the paragraphs after it are, when it titles them. */
  let title: number | undefined;
  /** Under a table's header row, up to the next heading: its items are cells, not titles. */
  let inTable = false;
  /** The number of the last numbered item ("2." or "2)"), to tell item 3 from a heading. */
  let lastNumber: number | undefined;
  /** The cell labels numbered items stood under: item 2 goes where item 1 went. */
  const itemLabels = new Map<number, string | undefined>();

  const emit = (b: FlowBlock): FlowBlock => {
    out.push(b);
    return b;
  };
  /** Ends the open block; a new structural line also ends the cell, table and title it was in. */
  const restart = (): void => {
    settle(open);
    open = null;
    cellLabel = undefined;
    table = null;
    title = undefined;
  };

  lines.forEach((line, i) => {
    const t = line.text;
    const label = LABEL_LINE.exec(t) ?? (BARE_LABEL.test(t) ? [t, t, ''] : null);
    const number = /^(\d{1,2})[.)]/.exec(t)?.[1];
    // "3. Bedre samhandling" after item 2 is item 3, however short: a list, not a heading.
    const nextNumber = /^(\d{1,2})[.)]/.exec(lines[i + 1]?.text ?? '')?.[1];
    const listGoesOn =
      number !== undefined && ((lastNumber !== undefined && Number(number) === lastNumber + 1) || (nextNumber !== undefined && Number(nextNumber) === Number(number) + 1 && !/^\d{1,2}\.\d/.test(t)));
    const heading = label || listGoesOn ? null : detectHeading(t, lines[i + 1]?.text) ?? longNumberedHeading(t);
    if (heading) {
      restart();
      lastNumber = undefined;
      inTable = false;
      open = emit({ kind: 'heading', raw: heading.title.trim(), page: line.page, level: heading.level });
      return;
    }
    const columns = headerColumns(t);
    if (columns) {
      restart();
      emit({ kind: 'header', raw: t, page: line.page });
      if (TimeTable.accepts(columns)) table = new TimeTable(columns);
      inTable = true;
      return;
    }
    if (label) {
      restart();
      const name = capital(label[1]!.toLowerCase());
      const rest = label[2]!.trim();
      // "Tidsrom:" alone: the lines under it, up to the next label, are its cell.
      if (!rest) {
        cellLabel = name;
        emit({ kind: 'label', raw: t, page: line.page, label: name });
      } else open = emit({ kind: 'para', raw: `${name}: ${rest}`, page: line.page, label: name });
      return;
    }
    if (table) {
      const row = table.take(line, open, emit);
      if (row) {
        open = row;
        return;
      }
      settle(open);
      open = null;
      table = null;
    }
    const o0 = open as FlowBlock | null;
    if (URL_ONLY.test(t)) {
      // "… Se:" and the address under it are one; any other line of web addresses is a block
      // of its own, never the middle of a sentence.
      if (o0 && o0.kind !== 'row' && o0.kind !== 'heading' && /:$/.test(o0.raw)) {
        o0.raw = `${o0.raw} ${t}`;
        return;
      }
      settle(open);
      open = null;
      emit({ kind: 'para', raw: t, page: line.page });
      return;
    }
    if (number !== undefined && itemLabels.has(Number(number) - 1) && itemLabels.get(Number(number) - 1) !== cellLabel) {
      // A table's second row has no labels of its own: item 2 stands where item 1 stood, and
      // the cells after it are of unknown columns.
      cellLabel = itemLabels.get(Number(number) - 1);
    }
    if (MARKER.test(t)) {
      const inCell = cellLabel ? { label: cellLabel } : {};
      const previous = out[out.length - 1];
      if (number !== undefined) {
        lastNumber = Number(number);
        itemLabels.set(lastNumber, cellLabel);
      }
      // "• Frist: 30.6.2027" in a list is still the measure's deadline.
      const itemLabel = LABEL_LINE.exec(t.replace(MARKER, '').trim());
      const labelled = itemLabel?.[2] ? { label: capital(itemLabel[1]!.toLowerCase()) } : inCell;
      open = emit({ kind: 'item', raw: t, page: line.page, ...labelled });
      // An item right after another is part of a list; one after text may title what follows.
      title = inTable || (previous?.kind === 'item' && previous.under === undefined) ? undefined : out.length - 1;
      return;
    }
    const o = open as FlowBlock | null;
    if (o?.kind === 'heading') {
      // A heading broken at the line end ("Delmål 2: … del av kommunens" / "systematiske arbeid").
      open = null;
      // A heading is broken once at most, so the next line is not taken too.
      if (/^\p{Ll}/u.test(t) && !endsSentence(o.raw) && (runsOn(o.raw) || t.split(' ').length <= 12)) {
        o.raw = `${o.raw} ${t}`;
        return;
      }
    }
    // An opening quote or bracket goes on from the line before only when no blank line came between.
    const lowercase = /^\p{Ll}|^\d+(?:[,.]\d+)?\s+[\p{Ll}%–-]/u.test(t) || (/^[(«"]/u.test(t) && !(line.blank && !blankIsNoise));
    // A short line of no sentence after a finished one is a caption ("Samlet oversikt over tiltakene"):
    // it ends the cell and the measure it follows. One the next line goes on from is the start of
    // a sentence broken at the line end ("SLT- koordinator" / "etterspør i etatene"), still in the cell.
    const goesOn = /^\p{Ll}/u.test(lines[i + 1]?.text ?? '');
    const caption = o !== null && endsSentence(o.raw) && !lowercase && t.split(' ').length <= 6 && !/[.!?:]$/.test(t) && !runsOn(t) && !goesOn;
    if (o && o.kind !== 'row' && o.kind !== 'heading') {
      const meaningfulBlank = line.blank && !blankIsNoise;
      // A capitalised line set in by a space, after a line that does not run on, starts a new cell.
      // So does a line opening with a value the table's rows repeat ("Ansatte i NAV Sikre at …").
      const newColumn = (line.indented && !lowercase && !runsOn(o.raw)) || (inTable && !lowercase && openings.has(opening(t)) && o.raw.split(' ').length > ROW_OPENING_AFTER);
      const continues = endsSentence(o.raw)
        ? o.kind === 'para' && !meaningfulBlank && !caption && !newColumn
        : lowercase || runsOn(o.raw) || (o.kind === 'para' && !meaningfulBlank && !blankIsNoise && !newColumn);
      // A block without full stops that runs on and on is a flattened table, not a sentence.
      if (continues && (o.raw.split(' ').length < MAX_BLOCK_WORDS || /[.!?]/.test(o.raw) || /-$/.test(o.raw))) {
        o.raw = `${o.raw} ${t}`;
        return;
      }
    }
    // Inside a labelled cell, a short line the cell's text goes on after, before the next label,
    // is a phrase of the cell ("Tiltak:" / "Fagdager …" / "Gruppearbeid, caser" / "Få en …" / "Tidsrom:").
    if (caption && !(cellLabel !== undefined && labelAhead(lines, i))) {
      cellLabel = undefined;
      title = undefined;
    }
    const previous = out[out.length - 1];
    const titled = title !== undefined && previous !== undefined && (previous === out[title] || previous.under === title) && !endsSentence(out[title]!.raw);
    if (!titled) title = undefined;
    open = emit({ kind: 'para', raw: t, page: line.page, ...(cellLabel ? { label: cellLabel } : {}), ...(titled ? { under: title } : {}) });
  });
  settle(open);
  return itemsBetweenItems(out);
}

/** Within the next lines, a cell label comes before any heading: the cell being read goes on. */
function labelAhead(lines: Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + LABEL_LOOKAHEAD); k++) {
    const t = lines[k]!.text;
    if (LABEL_LINE.test(t) || BARE_LABEL.test(t)) return true;
    if (detectHeading(t, lines[k + 1]?.text) || headerColumns(t)) return false;
  }
  return false;
}

/**
 * A short line of no sentence between two items of one list is an item whose marker the PDF
 * lost ("• De Utrolige Årene" / "“Gode og vonde hemmeligheter”" / "• Kroppen min eier jeg"),
 * not a paragraph that the item after it titles.
 */
function itemsBetweenItems(blocks: FlowBlock[]): FlowBlock[] {
  for (let k = 1; k + 1 < blocks.length; k++) {
    const [before, b, after] = [blocks[k - 1]!, blocks[k]!, blocks[k + 1]!];
    if (b.kind !== 'para' || b.label !== undefined || b.under !== undefined || before.kind !== 'item' || after.kind !== 'item' || before.label !== after.label) continue;
    if (b.raw.split(' ').length > SANDWICHED_ITEM_WORDS || /[.!?:;]$/.test(b.raw)) continue;
    b.kind = 'item';
    if (before.label !== undefined) b.label = before.label;
    // The item after it is one more item of the list, so it titles nothing.
    for (const o of blocks) if (o.under === k + 1) delete o.under;
  }
  return blocks;
}

/** Longest line, in words, read as an item whose marker was lost. */
const SANDWICHED_ITEM_WORDS = 8;
