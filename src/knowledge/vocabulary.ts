import { STOPWORDS } from './lexicon';
import { stem } from './stem';
import { runSteps, type Steps } from './steps';

const MIN_PART = 4;
const MIN_HEAD = 3;
const MIN_COMPOUND = 7;
/**
 * First parts that never stand alone, so the corpus cannot show them as words: "hovedansvaret"
 * is "ansvar" with "hoved-" before it.
 */
const BOUND_HEADS: ReadonlySet<string> = new Set(['hoved']);

/**
 * Words seen in the corpus, used to split compounds and to correct typos in questions.
 * Splits are derived from the corpus itself, so no hand-made compound dictionary is needed.
 */
export class Vocabulary {
  private readonly words = new Map<string, number>();
  private readonly stems = new Set<string>();
  private readonly byLength = new Map<number, string[]>();
  private readonly splitCache = new Map<string, string[]>();
  private readonly stemWord = new Map<string, string>();
  private readonly stemsByLength = new Map<number, string[]>();

  add(word: string): void {
    if (/^\d/.test(word)) return;
    this.words.set(word, (this.words.get(word) ?? 0) + 1);
    this.stems.add(stem(word));
  }

  /**
   * A frozen copy that also knows `more` words: the curated answers' matcher reads questions with
   * the words of its own list and of the glossary known, so a word staff write ("jente") is not
   * taken for a typo of a corpus word ("vente").
   */
  extendedWith(more: Iterable<string>): Vocabulary {
    const v = new Vocabulary();
    for (const [w, f] of this.words) v.words.set(w, f);
    for (const s of this.stems) v.stems.add(s);
    for (const w of more) v.add(w);
    v.freeze();
    return v;
  }

  /** Call once after the last add. */
  freeze(): void {
    runSteps(this.freezing());
  }

  /** `freeze` as steps, one per word, for a build that pauses (see steps.ts). */
  *freezing(): Steps<void> {
    for (const [w, f] of this.words) {
      yield;
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
      // The most frequent word of each stem stands for it in typo fixes.
      const s = stem(w);
      const best = this.stemWord.get(s);
      if (!best || (this.words.get(best) ?? 0) < f) this.stemWord.set(s, w);
    }
    for (const s of this.stemWord.keys()) {
      const list = this.stemsByLength.get(s.length) ?? [];
      list.push(s);
      this.stemsByLength.set(s.length, list);
    }
  }

  has(word: string): boolean {
    return this.words.has(word) || this.stems.has(stem(word));
  }

  /** True only for this exact word as the corpus wrote it (lower-case); no stems, no typo fixes. */
  contains(word: string): boolean {
    return this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  /**
   * Splits a compound into known parts, allowing the linking -s- and -e-:
   * "voldsutsatte" → ["vold", "utsatte"]. Returns [] when no split is found.
   * Intermediate heads are split again, so all parts come back. `minHead` is the shortest first
   * part allowed ("rus|problemer" needs 3; a word the corpus lacks is split more cautiously).
   */
  split(word: string, minHead = MIN_HEAD): string[] {
    const key = `${minHead}:${word}`;
    const hit = this.splitCache.get(key);
    if (hit) return hit;
    const parts = this.splitInner(word, 0, minHead);
    if (this.splitCache.size > 50_000) this.splitCache.clear();
    this.splitCache.set(key, parts);
    return parts;
  }

  private isHead(w: string, minHead: number): boolean {
    return (w.length >= minHead && this.words.has(w) && !STOPWORDS.has(w)) || BOUND_HEADS.has(w);
  }

  private isTail(w: string): boolean {
    return w.length >= MIN_PART && !STOPWORDS.has(w) && (this.words.has(w) || this.stems.has(stem(w)));
  }

  private splitInner(word: string, depth: number, minHead: number): string[] {
    if (word.length < MIN_COMPOUND || depth > 2 || /\d/.test(word)) return [];
    // Longest head first: "foreldreveiledning|s|program" before "foreldre|veiledningsprogram".
    for (let i = word.length - MIN_PART; i >= minHead; i--) {
      const head = word.slice(0, i);
      if (!this.isHead(head, minHead)) continue;
      const rest = word.slice(i);
      const tails = [rest];
      if ((rest[0] === 's' || rest[0] === 'e') && rest.length > MIN_PART) tails.push(rest.slice(1));
      for (const tail of tails) {
        const tailParts = this.isTail(tail) ? [tail] : this.splitInner(tail, depth + 1, minHead);
        if (tailParts.length === 0) continue;
        const headParts = this.splitInner(head, depth + 1, minHead);
        return [...headParts, head, ...tailParts].filter((p, k, a) => a.indexOf(p) === k);
      }
    }
    return [];
  }

  /**
   * Corpus words that end with an unknown word, most frequent first: "prøvd" finds
   * "utprøvd". Used only for question words the corpus does not have.
   */
  endingWith(word: string, limit = 3): string[] {
    if (word.length < 5 || /\d/.test(word)) return [];
    return [...this.words]
      .filter(([w]) => w.length >= word.length + 2 && w.endsWith(word))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([w]) => w);
  }

  /**
   * The most frequent corpus word within one edit (insert, delete, substitute or swap) of a word
   * that is not in the corpus; undefined when there is none. Only for words of 5+ letters.
   */
  correct(word: string): string | undefined {
    if (word.length < 5 || /\d/.test(word) || this.has(word)) return undefined;
    let best: string | undefined;
    let bestFreq = 0;
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      for (const cand of this.byLength.get(len) ?? []) {
        const f = this.words.get(cand) ?? 0;
        if (f > bestFreq && withinOneEdit(word, cand)) {
          best = cand;
          bestFreq = f;
        }
      }
    }
    if (best) return best;
    // The inflected form may be missing from the corpus ("komeptansehevingen"): compare stems,
    // but only long ones, where one edit rarely turns one word into another.
    const s = stem(word);
    if (s.length < 6) return undefined;
    for (let len = s.length - 1; len <= s.length + 1; len++) {
      for (const cand of this.stemsByLength.get(len) ?? []) {
        const w = this.stemWord.get(cand)!;
        const f = this.words.get(w) ?? 0;
        if (f > bestFreq && withinOneEdit(s, cand)) {
          best = w;
          bestFreq = f;
        }
      }
    }
    return best;
  }
}

/** True when a and b differ by at most one insert, delete, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
