import { termOf } from './analyzer';

/** One row of a municipality's list "Synonymer": a word staff use and the plan's words for it. */
export interface StaffWordEntry {
  /** One word, lower case, as staff write it ("uro", "kveldstid"). */
  word: string;
  /** The words the plan uses for it ("bekymring", "magefølelse"). */
  planWords: string[];
}

/**
 * A municipality's own words on top of the shipped glossary: a question word found here also
 * searches its plan words, at the weight of the glossary's general words (like BROADER). A word
 * is found as written or by its stem, so "uroen" finds the row for "uro".
 */
export class StaffWords {
  private readonly byWord = new Map<string, string[]>();
  private readonly byTerm = new Map<string, string[]>();

  constructor(entries: readonly StaffWordEntry[]) {
    for (const { word, planWords } of entries) {
      const words = planWords.filter((p) => p !== word);
      if (words.length === 0) continue;
      this.byWord.set(word, [...new Set([...(this.byWord.get(word) ?? []), ...words])]);
      const term = termOf(word);
      this.byTerm.set(term, [...new Set([...(this.byTerm.get(term) ?? []), ...words])]);
    }
  }

  get size(): number {
    return this.byWord.size;
  }

  /** Every staff word with its plan words. */
  entries(): StaffWordEntry[] {
    return [...this.byWord].map(([word, planWords]) => ({ word, planWords }));
  }

  /** The plan words for a question word, or undefined when the list has none. */
  planWordsOf(word: string): string[] | undefined {
    return this.byWord.get(word) ?? this.byTerm.get(termOf(word));
  }
}

/** No words of the municipality's own: the shipped glossary alone. */
export const NO_STAFF_WORDS = new StaffWords([]);
