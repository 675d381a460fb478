import type { DocLine } from './structure';

/** What a unit of text is; decides whether it can answer a "what is" or "whom do I call". */
/** A `label` unit is a table's header row or a cell label alone: searched, never an answer alone. */
export type UnitKind = 'definition' | 'item' | 'row' | 'heading' | 'sentence' | 'label';

/**
 * The smallest piece of a document a person reads on its own: a sentence, a list item, a table
 * row or a definition entry ("Latent vold: …"). Units are what answers show, and one view of
 * retrieval ranks windows by their best unit.
 */
export interface Unit {
  kind: UnitKind;
  text: string;
  /** The defined term of a definition unit ("Latent vold"), else ''. */
  term: string;
  /** Line range [first, last] inside its section's line list. */
  first: number;
  last: number;
}

/** "Term: text", "Term (ABC): text", "Term – text": a label of a few words opening a line. */
const LABEL = /^(?:[•\-–*]\s*|\d{1,2}[.)]\s*)?([\p{L}][\p{L}\p{N} ,/()'’-]{1,60}?)\s*(?::|\s[–-]\s)\s*(\S.*)$/u;
/** "X er …", "X betyr …", "X defineres som …": a term defined at the start of a sentence. */
const DEFINES = /^(?:[•\-–*]\s*)?([\p{L}][\p{L}\p{N} -]{1,50}?)\s+(?:er|betyr|innebærer|defineres(?: som)?|brukes om|omfatter|handler om|kan beskrives som|kan defineres som)\s/u;

/** "Begrepet «kjærestevold» brukes om …", "Med negativ sosial kontroll menes …". */
const TERM_IS = /^(?:[•\-–*]\s*)?(?:(?:begrepet|uttrykket|termen)\s+«?([^»]{2,50}?)»?\s+(?:blir brukt om|brukes om|betyr|viser til|omfatter|handler om|beskriver)|med\s+«?([^»]{2,50}?)»?\s+(?:menes|forstås|mener vi))\s/iu;

/** "Tidlig innsats for barn i risiko (TIBIR)": a name spelled out before its acronym. */
const ACRONYM = /^(?:[•\-–*]\s*)?[\p{L}][^():.]{2,80}?\s\(([\p{Lu}][\p{Lu}\p{Ll}-]{1,9})\)/u;

/** The defined term, when a unit's text opens like a definition. */
export function definedTerm(text: string): string {
  const named = TERM_IS.exec(text);
  if (named) return (named[1] ?? named[2])!.trim();
  const label = LABEL.exec(text);
  if (label && label[1]!.split(/\s+/).length <= 6) return label[1]!.trim();
  const def = DEFINES.exec(text);
  if (def && def[1]!.split(/\s+/).length <= 5) return def[1]!.trim();
  const acronym = ACRONYM.exec(text);
  if (acronym && (acronym[1]!.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return acronym[1]!;
  return '';
}

/** A heading's words without its numbering, when short enough to be a label. */
function headingLabel(title: string): string {
  const t = title.replace(/^(\d{1,2}(\.\d{1,2})*\.?|(delmål|satsingsområde|innsatsområde|fokusområde|tiltak)\s*\d{0,2}\s*[:.)–-]?)\s*/iu, '').replace(/:$/, '');
  return t.split(/\s+/).length <= 6 ? t : '';
}

/** A short line of no sentence over a text, as "Nær relasjon" over the paragraph it names. */
const isCaption = (line: DocLine, next: DocLine | undefined): boolean =>
  line.kind === 'para' &&
  line.text.split(/\s+/).length <= 6 &&
  !/[.!?:,;]$/.test(line.text) &&
  next !== undefined &&
  next.kind === 'para' &&
  next.group !== line.group;

/**
 * The units of a section: each line is one (a sentence, an item, a row, a cell). A heading's
 * or a caption's words label the text right under it ("Hovedmål" over the goal itself), which
 * then answers "what is" questions about them.
 */
export function unitsOf(lines: DocLine[]): Unit[] {
  const out: Unit[] = [];
  let label = '';
  lines.forEach((line, k) => {
    if (line.kind === 'heading') {
      out.push({ kind: 'heading', text: line.text, term: '', first: k, last: k });
      label = headingLabel(line.text);
      return;
    }
    if (line.kind === 'header' || line.kind === 'label') {
      out.push({ kind: 'label', text: line.text, term: '', first: k, last: k });
      return;
    }
    const term = definedTerm(line.text);
    let kind: UnitKind = term ? 'definition' : line.kind === 'para' ? 'sentence' : line.kind;
    const unit: Unit = { kind, text: line.text, term, first: k, last: k };
    if (label && !term) {
      unit.term = label;
      unit.kind = kind = 'definition';
    }
    label = isCaption(line, lines[k + 1]) ? line.text : '';
    out.push(unit);
  });
  return out;
}
