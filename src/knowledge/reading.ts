/**
 * What a reader of the answer card sees, measured: does the answer text hold the fact asked for,
 * is it a fragment, how long is it. The definitions are the design's (../shared/docs/design.md),
 * so `npm run eval` agrees with the shared answer-figures hook.
 */

/** Lowercase, every run of non-letters and non-digits one space: punctuation never decides a match. */
export function factKey(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** True when the answer text holds one of the expected strings. */
export function holdsFact(answer: string, expect: readonly string[]): boolean {
  const a = factKey(answer);
  // The expected string may start or end inside a word of the answer ("slt er pådriver" in "SLT er pådriver").
  return expect.some((e) => a.includes(factKey(e).slice(0, -1)));
}

/** Words a sentence cannot end on: the line was cut in the middle of a clause. */
const TAIL_WORDS = new Set('og i på til for med av som at en et ei å om ved fra eller de den det er har skal kan må samt ifølge'.split(' '));

/** A list marker that may open a line in lower case ("a) …", "• …", "2. …"). */
const LIST_MARKER = /^([•▪●\-–*]|\d+[.)]|[a-z][.)])\s/;

/**
 * An answer that starts or ends mid-sentence: its first line starts in lower case with no list
 * marker, or its last line ends on "…" after text (a sentence cut for length), a comma, hyphen,
 * colon or opening bracket, or on a word a sentence cannot end on. A "…" alone on its own line
 * after whole items is not a fragment. An empty answer is one.
 */
export function isFragment(answer: string): boolean {
  const lines = answer.split('\n').map((l) => l.trim()).filter((l) => l && l !== '…');
  if (lines.length === 0) return true;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (/\S\s*…$/.test(last)) return true;
  if (!LIST_MARKER.test(first) && /^[a-zæøå]/.test(first)) return true;
  if (/[,:(\-–]$/.test(last)) return true;
  return TAIL_WORDS.has((last.toLowerCase().match(/\p{L}+$/u) ?? [''])[0]!);
}

/** Words of an answer, as a reader counts them. */
export function wordCount(answer: string): number {
  return answer.split(/\s+/).filter(Boolean).length;
}

/** The value at share `p` of a sorted list (the design's median is the element at n/2). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
