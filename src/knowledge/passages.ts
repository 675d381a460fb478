import { runSteps, type Steps } from './steps';
import { readStructure, type DocLine } from './structure';
import { MAX_CHUNK_CHARS, type LoadedDocument } from './types';
import { unitsOf, type Unit } from './units';

/** How documents are cut into retrieval windows; tuned by cross-validation (docs/knowledge.md). */
export interface WindowOptions {
  /** Window length in words. */
  words: number;
  /** Share of a window the next one starts after (0.5 = windows overlap by half). */
  stride: number;
}

/**
 * A retrieval window: consecutive lines of one section, at most `words` words and 1000
 * characters, overlapping its neighbours so that no fact is only ever seen cut in two.
 */
export interface Passage {
  id: string;
  docIndex: number;
  /** Index of the section within all sections; windows of one section may overlap. */
  section: number;
  /** The heading trail ('' before the first heading). */
  trail: string;
  page: number | null;
  /** Line range [first, last] in the section's line list. */
  first: number;
  last: number;
  text: string;
}

/** A unit with where it sits: its section, and the windows that hold all of it. */
export interface PlacedUnit extends Unit {
  docIndex: number;
  section: number;
  /** Windows that contain the whole unit (or, for a unit longer than a window, overlap it). */
  windows: number[];
}

/** The lines of one section, shared by its windows and units. */
export interface SectionLines {
  docIndex: number;
  trail: string;
  lines: DocLine[];
}

export interface Segmented {
  sections: SectionLines[];
  windows: Passage[];
  units: PlacedUnit[];
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Cuts a line longer than a window into window-sized pieces at word boundaries. */
function splitLine(line: DocLine, words: number): DocLine[] {
  const tokens = line.text.split(/\s+/).filter(Boolean);
  let maxWords = words;
  // Very long words (URLs) could still break the character limit.
  while (maxWords > 5 && tokens.slice(0, maxWords).join(' ').length > MAX_CHUNK_CHARS) maxWords = Math.floor(maxWords * 0.8);
  if (tokens.length <= maxWords && line.text.length <= MAX_CHUNK_CHARS) return [line];
  const out: DocLine[] = [];
  for (let k = 0; k < tokens.length; k += maxWords) {
    const text = tokens.slice(k, k + maxWords).join(' ').slice(0, MAX_CHUNK_CHARS);
    out.push({ ...line, text, raw: text });
  }
  return out;
}

/**
 * A window's text as citations show it: the document's own words, the sentences of one
 * paragraph on one line, each paragraph, item and row on its own.
 */
function windowText(lines: DocLine[]): string {
  return lines.map((l, k) => (k > 0 && l.group === lines[k - 1]!.group && l.kind === 'para' ? ' ' : k > 0 ? '\n' : '') + l.raw).join('');
}

/** Overlapping windows over one section's lines, as [first, last] line ranges; steps per line and window. */
function* windowRanges(lines: DocLine[], options: WindowOptions): Steps<Array<[number, number]>> {
  const offsets: number[] = [];
  let acc = 0;
  for (const l of lines) {
    yield;
    offsets.push(acc);
    acc += wordCount(l.text);
  }
  const endOf = (j: number): number => offsets[j]! + wordCount(lines[j]!.text);
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    yield;
    let j = i;
    let chars = lines[i]!.text.length;
    while (j + 1 < lines.length && endOf(j + 1) - offsets[i]! <= options.words && chars + 1 + lines[j + 1]!.text.length <= MAX_CHUNK_CHARS) {
      chars += 1 + lines[++j]!.text.length;
    }
    out.push([i, j]);
    if (j + 1 >= lines.length) break;
    // The next window starts `stride` into this one, but always moves on by a line.
    const span = endOf(j) - offsets[i]!;
    let k = i + 1;
    while (k <= j && offsets[k]! - offsets[i]! < span * options.stride) k++;
    i = Math.min(k, j + 1);
  }
  return out;
}

/** The first index in [0, n) where `pred` holds; `pred` must be false, then true, along the indexes. */
function firstWhere(n: number, pred: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The windows (numbered from `base`) that end at or after line `endsFrom` and start at or before
 * line `startsBy`. A window that starts later also ends no earlier (windowRanges only moves
 * forward), so both bounds are binary searches: placing every unit of a long section by
 * scanning all its windows made the build quadratic in the section's length.
 */
function windowsBetween(ranges: Array<[number, number]>, endsFrom: number, startsBy: number, base: number): number[] {
  const from = firstWhere(ranges.length, (w) => ranges[w]![1] >= endsFrom);
  const to = firstWhere(ranges.length, (w) => ranges[w]![0] > startsBy);
  const out: number[] = [];
  for (let w = from; w < to; w++) out.push(base + w);
  return out;
}

/** A section read for indexing: its lines (none longer than a window) and its units. */
export interface PreparedSection {
  trail: string;
  lines: DocLine[];
  units: Unit[];
}

/**
 * Reads a document into sections, lines and units: the part of segmenting that is one pass
 * over the whole document (`readStructure`, `unitsOf`), which the bot runs in a worker thread.
 */
export function prepareDocument(doc: LoadedDocument, options: WindowOptions): PreparedSection[] {
  return readStructure(doc).map((section) => {
    const lines = section.lines.flatMap((l) => splitLine(l, options.words));
    return { trail: section.trail, lines, units: unitsOf(lines) };
  });
}

/** Cuts documents into overlapping windows for retrieval, and into units for answers. */
export function segment(docs: LoadedDocument[], options: WindowOptions): Segmented {
  return runSteps(segmenting(docs, options));
}

/**
 * `segment` as steps, one per line, window and unit (see steps.ts). `prepared` are the
 * documents already read by `prepareDocument` (in a worker thread); else they are read here.
 */
export function* segmenting(docs: LoadedDocument[], options: WindowOptions, prepared?: PreparedSection[][]): Steps<Segmented> {
  const sections: SectionLines[] = [];
  const windows: Passage[] = [];
  const units: PlacedUnit[] = [];
  for (const [docIndex, doc] of docs.entries()) {
    let seq = 0;
    yield;
    for (const section of prepared?.[docIndex] ?? prepareDocument(doc, options)) {
      yield;
      const s = sections.length;
      const lines = section.lines;
      sections.push({ docIndex, trail: section.trail, lines });
      const ranges = yield* windowRanges(lines, options);
      const base = windows.length;
      for (const [first, last] of ranges) {
        yield;
        windows.push({
          id: `${doc.id}#${++seq}`,
          docIndex,
          section: s,
          trail: section.trail,
          page: lines[first]!.page,
          first,
          last,
          text: windowText(lines.slice(first, last + 1)),
        });
      }
      for (const u of section.units) {
        yield;
        let holding = windowsBetween(ranges, u.last, u.first, base);
        if (holding.length === 0) holding = windowsBetween(ranges, u.first, u.last, base);
        units.push({ ...u, docIndex, section: s, windows: holding });
      }
    }
  }
  return { sections, windows, units };
}
