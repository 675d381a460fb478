import { analyzeDocument } from './analyzer';
import type { Chunk, LoadedDocument } from './types';
import type { Vocabulary } from './vocabulary';
import { contentWords } from './analyzer';
import { fold, stem } from './stem';

/** BM25 parameters; see docs/knowledge.md for tuning. */
export const K1 = 1.2;
export const B = 0.75;

/** Per-chunk data the ranker needs beyond the postings. */
export interface IndexedChunk {
  chunk: Chunk;
  length: number;
  /** Term → token positions, for the proximity bonus. */
  positions: Map<string, number[]>;
  /** Stems of the section heading, for the heading boost. */
  heading: Set<string>;
  /** Lowercased text, for the cue patterns. */
  lower: string;
}

/**
 * Stems (ASCII-folded) of words the corpus nearly always writes with a capital letter: place
 * names such as "Meråker" or "Stavanger", as opposed to title words like "vold" or "plan".
 * Also returns, per stem, how often each document uses it.
 */
function properNouns(chunks: Chunk[]): { proper: Set<string>; perDoc: Map<string, Map<number, number>> } {
  const seen = new Map<string, { upper: number; all: number }>();
  const perDoc = new Map<string, Map<number, number>>();
  for (const c of chunks) {
    // Only words inside a sentence count: line and sentence starts are capitalised anyway, and
    // web addresses are lowercase anyway.
    const text = c.text.replace(/\S*(https?:|www\.)\S*/g, ' ');
    for (const m of text.matchAll(/(?<=[\p{Ll}\d,] )\p{L}{3,}/gu)) {
      const w = m[0];
      const key = stem(fold(w.toLowerCase()));
      const e = seen.get(key) ?? { upper: 0, all: 0 };
      e.all++;
      if (/^\p{Lu}\p{Ll}/u.test(w)) e.upper++;
      seen.set(key, e);
      const docs = perDoc.get(key) ?? new Map<number, number>();
      docs.set(c.docIndex, (docs.get(c.docIndex) ?? 0) + 1);
      perDoc.set(key, docs);
    }
  }
  const proper = new Set([...seen].filter(([, e]) => e.upper >= 0.7 * e.all).map(([k]) => k));
  return { proper, perDoc };
}

/** An inverted index with BM25 statistics over chunks. */
export class Bm25Index {
  readonly items: IndexedChunk[] = [];
  private readonly postings = new Map<string, Array<{ i: number; tf: number }>>();
  /** Per document: ASCII-folded stems of its title and file name, to favour a municipality named in a question. */
  readonly docNames: Array<Set<string>> = [];
  /** Per document: other title and file name words no other document has (ranking only). */
  readonly docTitleWords: Array<Set<string>> = [];
  /** Per document: capitalised words no other document uses (ranking only, never coverage). */
  readonly docPlaceWords: Array<Set<string>> = [];
  private totalLength = 0;

  constructor(docs: LoadedDocument[], chunks: Chunk[], vocab: Vocabulary) {
    const { proper, perDoc } = properNouns(chunks);
    const labels = docs.map((d) => {
      const label = `${d.title} ${d.source.replace(/\.[a-z]+$/i, '').replace(/[-_.]/g, ' ')}`;
      return new Set(contentWords(label).map(({ word }) => stem(fold(word))));
    });
    labels.forEach((label) => {
      this.docNames.push(new Set([...label].filter((s) => proper.has(s))));
      // Other title words single a document out only among several ("interkommunal").
      const unique = [...label].filter((s) => docs.length >= 3 && labels.filter((l) => l.has(s)).length === 1);
      this.docTitleWords.push(new Set(unique));
    });
    // Place names only one document uses ("Hamar", "Romerike") point to it as well.
    docs.forEach((_, d) => {
      const places = [...proper].filter((k) => {
        const uses = perDoc.get(k);
        return docs.length >= 3 && uses?.size === 1 && (uses.get(d) ?? 0) >= 2;
      });
      this.docPlaceWords.push(new Set(places));
    });
    chunks.forEach((chunk, i) => {
      // The heading is indexed with the passage, so "Delmål 2: …" context counts for every window.
      const terms = analyzeDocument(`${chunk.section}\n${chunk.text}`, vocab);
      const positions = new Map<string, number[]>();
      for (const t of terms) {
        const list = positions.get(t.term);
        if (list) list.push(t.pos);
        else positions.set(t.term, [t.pos]);
      }
      for (const [term, list] of positions) {
        const p = this.postings.get(term);
        if (p) p.push({ i, tf: list.length });
        else this.postings.set(term, [{ i, tf: list.length }]);
      }
      const heading = new Set(analyzeDocument(chunk.section, vocab).map((t) => t.term));
      this.items.push({ chunk, length: terms.length, positions, heading, lower: chunk.text.toLowerCase() });
      this.totalLength += terms.length;
    });
  }

  get avgLength(): number {
    return this.items.length ? this.totalLength / this.items.length : 1;
  }

  /** Robertson–Spärck Jones idf, floored at a small positive value. */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.items.length;
    return Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  postingsOf(term: string): ReadonlyArray<{ i: number; tf: number }> {
    return this.postings.get(term) ?? [];
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The BM25 term weight for a term frequency in chunk i. */
  tfPart(tf: number, i: number): number {
    const len = this.items[i]!.length;
    return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / this.avgLength));
  }
}
