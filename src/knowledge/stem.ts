import { newStemmer } from 'snowball-stemmers';

const stemmer = newStemmer('norwegian');
const cache = new Map<string, string>();

/** Folds æøå to ASCII, for matching place names against ASCII file names ("lillestrom"). */
export function fold(word: string): string {
  return word.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
}

/** Snowball Norwegian stem of a lowercased word; numbers pass through. Memoized. */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let s = cache.get(word);
  if (s === undefined) {
    // Snowball strips "-lov" as if it were a suffix ("straffeloven" → "straff"), which loses the
    // names of laws; keep them whole.
    const law = /^(\p{L}{3,}lov)(en|ens|er|ene|a)?$/u.exec(word);
    s = law?.[1] ?? stemmer.stem(word);
    // Snowball takes one suffix per call, so "telefonnummeret" stops at "telefonnummer" while
    // "telefonnummer" itself loses its "-er": a second pass brings both forms together.
    if (!law) s = stemmer.stem(s);
    // Snowball keeps the -ing nouns apart from their verbs ("evaluering" vs "evaluerer");
    // folding them lets a question phrased with the verb find the noun in a table, and back.
    if (s.length >= 8 && s.endsWith('ning')) s = s.slice(0, -4);
    else if (s.length >= 7 && s.endsWith('ing')) s = s.slice(0, -3);
    // Bound the cache: questions are unbounded input.
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
