import { detectHeading } from './headings';
import { MAX_CHUNK_CHARS, type Chunk, type LoadedDocument } from './types';

/** Tuning of the sliding window inside long sections. */
export interface ChunkOptions {
  /** Preferred chunk length in characters; a chunk never exceeds MAX_CHUNK_CHARS. */
  target?: number;
  /** Fraction of a window the next window starts after (0.5 = half overlap). */
  stride?: number;
}

const DEFAULTS: Required<ChunkOptions> = { target: 750, stride: 0.5 };

interface Section {
  trail: string;
  page: number | null;
  lines: string[];
  /** How many of the leading lines are headings. */
  headingLines: number;
}

/** Cuts a line that alone is too long at sentence, then word, boundaries. */
function splitLongLine(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut < max / 3) cut = max - 1;
    out.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Splits one document into sections by headings, page by page. */
function sections(doc: LoadedDocument): Section[] {
  const out: Section[] = [];
  const stack: Array<{ level: number; title: string }> = [];
  const markdownOnly = doc.pages.some((p) => /^#{1,6}\s/m.test(p.text));
  for (const page of doc.pages) {
    const lines = page.text.split(/\r?\n/).map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
    let current: Section = { trail: trailOf(stack), page: page.page, lines: [], headingLines: 0 };
    lines.forEach((line, i) => {
      const h = detectHeading(line, lines[i + 1], markdownOnly);
      if (h) {
        // A heading directly followed by another heading keeps its line with the next section,
        // so "Satsingsområde 1: …" is not left alone in a passage without content.
        const carried = current.lines.length === current.headingLines ? current.lines : [];
        if (current.lines.length > current.headingLines) out.push(current);
        while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
        stack.push({ level: h.level, title: h.title.trim() });
        current = { trail: trailOf(stack), page: page.page, lines: [...carried, h.title.trim()], headingLines: carried.length + 1 };
      } else {
        current.lines.push(line.trim());
      }
    });
    if (current.lines.length) out.push(current);
  }
  return out;
}

function trailOf(stack: Array<{ title: string }>): string {
  const t = stack.slice(-2).map((s) => s.title).join(' › ');
  return t.length > 200 ? t.slice(0, 199) + '…' : t;
}

/**
 * Cuts documents into overlapping passages of at most 1000 characters that keep their section
 * heading and page. Text stays verbatim (blank lines dropped), so a citation is real document text.
 */
export function chunkDocument(doc: LoadedDocument, docIndex: number, options: ChunkOptions = {}): Chunk[] {
  const { target, stride } = { ...DEFAULTS, ...options };
  const chunks: Chunk[] = [];
  sections(doc).forEach((section, block) => {
    const units = section.lines.flatMap((l) => splitLongLine(l, Math.floor(MAX_CHUNK_CHARS / 2)));
    const offsets: number[] = [];
    let acc = 0;
    for (const u of units) {
      offsets.push(acc);
      acc += u.length + 1;
    }
    let i = 0;
    while (i < units.length) {
      let j = i;
      let len = units[i]!.length;
      while (j + 1 < units.length && len + 1 + units[j + 1]!.length <= target) len += 1 + units[++j]!.length;
      const text = units.slice(i, j + 1).join('\n');
      chunks.push({
        id: `${doc.id}#${chunks.length + 1}`,
        docIndex,
        section: section.trail,
        page: section.page,
        text,
        seq: chunks.length,
        block,
        start: offsets[i]!,
        end: offsets[i]! + text.length,
      });
      if (j + 1 >= units.length) break;
      // Next window starts about `stride` into this one, but always moves forward.
      let k = i + 1;
      while (k <= j && offsets[k]! - offsets[i]! < len * stride) k++;
      i = Math.min(k, j + 1);
    }
  });
  return chunks;
}
