import type { PlacedUnit, SectionLines } from './passages';
import type { DocLine } from './structure';

export const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** A web address alone, or a pointer to one ("Se: https://…"): where to read, not what it says. */
export const isUrlOnly = (s: string): boolean => /^(?:(?:se|les mer|lenke|link)\s*:\s*)?(?:(?:https?:\/\/|www\.)\S+\s*)+$/iu.test(s.trim());

/**
 * A row or header of a flattened statistics table ("Slått deg med flat hånd 354 4 245 3 599 7",
 * "En gang Flere ganger Totalt n % n % N %"): numbers without their column names, no answer.
 */
export function isFigureRow(text: string): boolean {
  // A phone line is mostly figures too ("Tlf 22 40 00 40 / 22 40 00 41"): it is shown.
  if (/[:@]|(?<!\p{L})(tlf|telefon\p{L}*|mobil|ring\p{L}*|kl)(?!\p{L})|\b(\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|\d{8})\b/iu.test(text)) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  const figures = tokens.filter((t) => /^(n|N|%|\d+([,.]\d+)?%?)$/u.test(t)).length;
  return figures >= 4 && figures >= 0.4 * tokens.length;
}

/** A footnote's text ("*) Avløst av …"): a remark on the line it marks, no answer. */
const FOOTNOTE = /^\*+\)\s/u;

/**
 * One section's lines and units, read as a person reads a page: which unit stands on a line,
 * which can be shown, where a cell or a measure block starts, what is a caption, a table row or
 * a measure's title.
 */
export class SectionView {
  protected readonly lines: DocLine[];
  private readonly byLine = new Map<number, PlacedUnit>();

  constructor(
    section: SectionLines,
    protected readonly units: PlacedUnit[],
  ) {
    this.lines = section.lines;
    for (const u of units) this.byLine.set(u.first, u);
  }

  /** Units a reader can be shown: not a heading, a table header, a label alone, a bare web address, a footnote or a row of figures. */
  showable(u: PlacedUnit): boolean {
    return u.kind !== 'heading' && u.kind !== 'label' && !isUrlOnly(u.text) && !FOOTNOTE.test(u.text) && !isFigureRow(u.text);
  }

  line(u: PlacedUnit): DocLine {
    return this.lines[u.first]!;
  }

  /** The unit at a line, when there is one. */
  at(index: number): PlacedUnit | undefined {
    return this.byLine.get(index);
  }

  /** Where the cell a unit belongs to starts: the label line above it. */
  cellStart(u: PlacedUnit): number {
    const label = this.line(u).label;
    let k = u.first;
    while (k > 0 && this.lines[k - 1]!.label === label && this.lines[k - 1]!.kind !== 'heading') k--;
    return k;
  }

  /** The units of the stretch of text under the heading the best unit is under: a measure block. */
  blockOf(best: PlacedUnit): PlacedUnit[] {
    const opens = (k: number): boolean => this.lines[k]!.kind === 'heading';
    let from = best.first;
    while (from > 0 && !opens(from)) from--;
    let to = best.first + 1;
    while (to < this.lines.length && !opens(to)) to++;
    return this.units.filter((u) => u.first >= from && u.first < to);
  }

  /**
   * The measure of a block the best unit is in. A block may hold several numbered measures, each
   * with its own cells ("1. … Tidsrom: … Ansvar: …", then "2. …"): a measure's "who" is not the
   * one of the measure before it. A numbered item starts a new measure only when a cell other
   * than "Tiltak" stands between it and the item before: "Tiltak: 1. … 2. … Ansvar: …" shares one.
   */
  measureOf(best: PlacedUnit): PlacedUnit[] {
    const block = this.blockOf(best);
    if (block.length === 0) return block;
    const numbered = (k: number): boolean => this.lines[k]!.kind === 'item' && this.lines[k]!.label === 'Tiltak' && /^\d{1,2}\.\s/u.test(this.lines[k]!.text);
    let from = block[0]!.first;
    const end = block[block.length - 1]!.last;
    let to = end + 1;
    let lastItem = -1;
    for (let k = from; k <= end; k++) {
      if (!numbered(k)) continue;
      const cellBetween = lastItem >= 0 && this.lines.slice(lastItem + 1, k).some((l) => l.kind === 'label' && l.label !== 'Tiltak');
      if (cellBetween) {
        if (k <= best.first) from = k;
        else {
          to = k;
          break;
        }
      }
      lastItem = k;
    }
    return block.filter((u) => u.first >= from && u.first < to);
  }

  /** True when a unit stands under a flattened table's header row ("Målgruppe Mål Tiltak …"). */
  inTable(u: PlacedUnit): boolean {
    for (let k = u.first - 1; k >= 0; k--) {
      const kind = this.lines[k]!.kind;
      if (kind === 'header') return true;
      if (kind === 'heading') return false;
    }
    return false;
  }

  /** The first item of a list that starts within two lines under a unit, in its section. */
  listBelow(u: PlacedUnit): PlacedUnit | undefined {
    for (let k = u.last + 1; k <= u.last + 3 && k < this.lines.length && this.lines[k]!.kind !== 'heading'; k++) {
      if (this.lines[k]!.kind === 'item') return this.at(k);
    }
    return undefined;
  }

  /** A short line of no sentence that is no item, row or cell: a caption over the text under it. */
  isCaption(u: PlacedUnit): boolean {
    const line = this.line(u);
    // A link's title ("Trygg i Meråker - Vern av risikoutsatte voksne - Meråker kommune") is one too.
    const short = words(u.text) <= 8 || (words(u.text) <= 14 && / [-–] .+ [-–] /u.test(u.text));
    return line.kind === 'para' && !line.label && !line.title && short && !/[.!?:;,]$/.test(u.text) && !/^\p{Ll}/u.test(u.text);
  }

  nextShowable(u: PlacedUnit): PlacedUnit | undefined {
    for (let k = u.last + 1; k < this.lines.length && this.lines[k]!.kind !== 'heading'; k++) {
      const o = this.at(k);
      if (o && this.showable(o)) return o;
    }
    return undefined;
  }

  /** True when a list item names the text under it (a measure's title above its paragraph). */
  titles(item: PlacedUnit): boolean {
    const next = this.lines[item.last + 1];
    return next !== undefined && next.title !== undefined && this.itemTitle(item).endsWith(next.title);
  }

  itemTitle(item: PlacedUnit): string {
    return item.text.replace(/^(•|\d{1,2}\.)\s*/u, '');
  }
}
