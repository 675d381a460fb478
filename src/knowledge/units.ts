import type { DocLine } from './structure';

/** What a unit of text is; decides whether it can answer a "what is" or "whom do I call". */
export type UnitKind = 'definition' | 'item' | 'row' | 'heading' | 'sentence';

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

/** Longest unit built from plain-text lines, in words; a flattened table has no full stops. */
const MAX_UNIT_WORDS = 60;

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

/** A sentence end, or a lead-in ("Kontaktinformasjon:") that the next line answers. */
const endsSentence = (s: string): boolean => /[.!?»":]$/.test(s);
/** A table cell's label alone on its line: "Tidsrom:", "Hvem har ansvar:". */
const LABEL_ONLY = /^[\p{L}][\p{L} /-]{1,30}:$/u;
/** A line that starts a unit of its own: a list item, a label, a numbered heading that runs on. */
const opensUnit = (s: string): boolean =>
  /^([•\-–*]|\d{1,2}[.)]\s|[a-h][.)]\s|\d{1,2}(\.\d{1,2}){1,3}\.?\s)/u.test(s) || LABEL.test(s) || LABEL_ONLY.test(s);

/**
 * Groups a section's lines into units. Markdown lines already are units (a paragraph, an item,
 * a row); plain text (PDF lines) is joined into sentences, and a line that opens a list item or
 * a label starts a new unit.
 */
export function unitsOf(lines: DocLine[], markdown: boolean): Unit[] {
  const out: Unit[] = [];
  const unit = (line: DocLine, k: number): Unit => {
    const term = line.kind === 'heading' ? '' : definedTerm(line.text);
    const kind: UnitKind = term ? 'definition' : line.kind === 'para' ? 'sentence' : line.kind;
    return { kind, text: line.text, term, first: k, last: k };
  };
  let open: Unit | null = null;
  let words = 0;
  // A short heading over a text is a label for it ("Hovedmål" over the goal itself).
  let label = '';
  const labelled = (u: Unit): Unit => {
    if (label && !u.term && u.kind !== 'heading') {
      u.term = label;
      u.kind = 'definition';
    }
    label = '';
    return u;
  };
  lines.forEach((line, k) => {
    const n = line.text.split(/\s+/).length;
    if (markdown || line.kind === 'heading') {
      open = null;
      out.push(labelled(unit(line, k)));
      if (line.kind === 'heading') label = headingLabel(line.text);
      return;
    }
    const o = open as Unit | null;
    // A label alone on its line ("Tidsrom:") takes the cell under it: "Tidsrom: Årlig."
    const labelWaiting = o !== null && o.first === o.last && LABEL_ONLY.test(o.text) && !opensUnit(line.text);
    if (labelWaiting) {
      o.text = `${o.text} ${line.text}`;
      o.last = k;
      o.term = o.text.replace(/:.*$/, '');
      o.kind = 'definition';
      words += n;
      return;
    }
    if (!o || opensUnit(line.text) || endsSentence(o.text) || words + n > MAX_UNIT_WORDS) {
      open = labelled(unit(line, k));
      out.push(open);
      words = n;
      return;
    }
    o.text = `${o.text} ${line.text}`;
    o.last = k;
    words += n;
  });
  return out;
}
