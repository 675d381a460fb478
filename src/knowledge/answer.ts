import { analyzeDocument } from './analyzer';
import { collapse } from './normalize';
import type { Vocabulary } from './vocabulary';

/** Longest answer we compose, in characters; staff read it on a phone under stress. */
const MAX_ANSWER = 400;

/**
 * Splits passage text into sentences. Flattened PDF tables have no full stops, so a line that
 * ends without punctuation and is followed by a capitalised line also ends a sentence.
 */
export function sentences(text: string): string[] {
  const joined = text
    .split('\n')
    .map((l) => l.trim())
    .reduce((acc, line) => {
      if (!acc) return line;
      const breakHere = /[.!?:»"]$/.test(acc) || /^[•\-–*|]|^\d+[.)]\s/.test(line) || /^\p{Lu}/u.test(line);
      return acc + (breakHere ? '\n' : ' ') + line;
    }, '');
  return joined
    .split(/\n|(?<=[.!?])\s+(?=[«"\p{Lu}\d])/u)
    // Markdown emphasis is formatting, not text.
    .map((s) => collapse(s.replace(/\*\*|__/g, '')))
    .filter((s) => s.length > 1);
}

/** A short line without a full stop: a heading or a table cell. */
function isFragment(s: string): boolean {
  return !/[.!?:]$/.test(s) && s.split(' ').length <= 8;
}

/**
 * Picks the 1–3 sentences of a passage that share the most (idf-weighted) terms with the
 * question, kept in document order. The result is always text of the passage.
 */
export function composeAnswer(
  passage: string,
  queryTerms: Map<string, number>,
  vocab: Vocabulary,
): string {
  const list = sentences(passage);
  if (list.length === 0) return '';
  const scores = list.map((s) => {
    const terms = new Set(analyzeDocument(s, vocab).map((t) => t.term));
    let score = 0;
    for (const [t, w] of queryTerms) if (terms.has(t)) score += w;
    // A short line without a full stop is a heading or a table cell: it names the topic but
    // does not say anything about it.
    return (isFragment(s) ? 0.5 : 1) * score + Math.min(s.length, 120) / 1200;
  });
  let best = 0;
  scores.forEach((s, k) => {
    if (s > scores[best]!) best = k;
  });
  const picked = new Set([best]);
  let length = list[best]!.length;
  // A heading alone names the topic but does not answer: take what follows it.
  for (let k = best + 1; isFragment(list[best]!) && k < list.length && picked.size < 3 && length < 150; k++) {
    if (length + list[k]!.length + 1 > MAX_ANSWER) break;
    picked.add(k);
    length += list[k]!.length + 1;
  }
  // Grow with the better neighbour while it adds something and the answer stays short.
  for (let step = 0; step < 2; step++) {
    const lo = Math.min(...picked) - 1;
    const hi = Math.max(...picked) + 1;
    const options = [lo, hi].filter((k) => k >= 0 && k < list.length && scores[k]! > 0.1 && !isFragment(list[k]!));
    options.sort((a, b) => scores[b]! - scores[a]!);
    const next = options.find((k) => length + list[k]!.length + 1 <= MAX_ANSWER);
    if (next === undefined) break;
    picked.add(next);
    length += list[next]!.length + 1;
  }
  const text = [...picked].sort((a, b) => a - b).map((k) => list[k]!).join(' ');
  return text.length > MAX_ANSWER ? text.slice(0, MAX_ANSWER - 1).replace(/\s+\S*$/, '') + ' …' : text;
}
