/** BM25 parameters (Robertson and Zaragoza 2009); Anserini's defaults suit short passages. */
export interface Bm25Params {
  k1: number;
  b: number;
}

export const BM25_DEFAULTS: Bm25Params = { k1: 0.9, b: 0.4 };

/**
 * An inverted index with BM25 scoring over one view of the passages (stemmed words, character
 * n-grams or headings). Documents are given as term lists, at once or one by one with `add`;
 * repeats count as term frequency.
 */
export class Bm25 {
  /**
   * Term → [passage, tf, passage, tf, …]. Flat number arrays, not an object per posting: a
   * large corpus has millions of postings, and as objects they cost the garbage collector more
   * than the build itself.
   */
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private total = 0;

  constructor(docs: string[][] = [], private readonly params: Bm25Params = BM25_DEFAULTS) {
    for (const terms of docs) this.add(terms);
  }

  /** Adds the next passage (numbered in the order added). */
  add(terms: string[]): void {
    const i = this.lengths.length;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      const list = this.postings.get(t);
      if (list) list.push(i, n);
      else this.postings.set(t, [i, n]);
    }
    this.lengths.push(terms.length);
    this.total += terms.length;
  }

  get size(): number {
    return this.lengths.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Number of passages that contain a term. */
  df(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2;
  }

  /** Robertson–Spärck Jones idf, always positive. */
  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.lengths.length - df + 0.5) / (df + 0.5));
  }

  /**
   * Scores every passage sharing a term with the query; `weights` scales a query term (a
   * compound part or a guessed spelling counts less than the word itself).
   */
  score(query: ReadonlyMap<string, number>): Map<number, number> {
    const { k1, b } = this.params;
    const avgLength = this.lengths.length ? Math.max(1, this.total / this.lengths.length) : 1;
    const out = new Map<number, number>();
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * weight;
      for (let k = 0; k < list.length; k += 2) {
        const i = list[k]!;
        const tf = list[k + 1]!;
        const norm = k1 * (1 - b + (b * this.lengths[i]!) / avgLength);
        out.set(i, (out.get(i) ?? 0) + (idf * tf * (k1 + 1)) / (tf + norm));
      }
    }
    return out;
  }
}
