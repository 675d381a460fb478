/** BM25 parameters (Robertson and Zaragoza 2009); Anserini's defaults suit short passages. */
export interface Bm25Params {
  k1: number;
  b: number;
}

export const BM25_DEFAULTS: Bm25Params = { k1: 0.9, b: 0.4 };

/**
 * An inverted index with BM25 scoring over one view of the passages (stemmed words, character
 * n-grams or headings). Documents are given as term lists; repeats count as term frequency.
 */
export class Bm25 {
  private readonly postings = new Map<string, Array<{ i: number; tf: number }>>();
  private readonly lengths: number[] = [];
  private readonly avgLength: number;

  constructor(docs: string[][], private readonly params: Bm25Params = BM25_DEFAULTS) {
    let total = 0;
    docs.forEach((terms, i) => {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        const list = this.postings.get(t);
        if (list) list.push({ i, tf: n });
        else this.postings.set(t, [{ i, tf: n }]);
      }
      this.lengths.push(terms.length);
      total += terms.length;
    });
    this.avgLength = docs.length ? Math.max(1, total / docs.length) : 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Number of passages that contain a term. */
  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
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
    const out = new Map<number, number>();
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * weight;
      for (const { i, tf } of list) {
        const norm = k1 * (1 - b + (b * this.lengths[i]!) / this.avgLength);
        out.set(i, (out.get(i) ?? 0) + (idf * tf * (k1 + 1)) / (tf + norm));
      }
    }
    return out;
  }
}
