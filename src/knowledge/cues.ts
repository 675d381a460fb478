import type { QueryCues } from './analyzer';
import { MONTHS } from './lexicon';
import { stem } from './stem';

/** Multipliers for question-type cues; each is mild so that topic words still decide. */
export const CUE_BOOST = { who: 1.2, when: 1.2, howMany: 1.15, define: 3, defineWeak: 1.25, list: 1.35 };

const WHO = /(ansvar|pådriver|koordinator|leder|ledere|teamet|tjenesten)/;
const WHEN = /\d{1,2}\.\d{1,2}\.\d{2,4}|frist|\b(19|20)\d\d\b|gang i året|\bhvert\b|årlig/;
const NUMBER = /\d/;
const PERCENT = /\d\s?%|prosent/;
/** Words that open a definition right after the term: "X: …", "X er …", "X (…)", "X – …". */
const DEFINES = '(\\n|:|\\(|\\s–\\s|\\s-\\s|\\s(er|betyr|innebærer|defineres|handler om|kan beskrives|kan defineres)\\s)';
/** Kinds of thing a definition names the term as. */
const GENUS = '(modell|metode|program|verktøy|form for|begrep|ordning|tilbud|team|senter|nettside|kurs|tiltak|organisasjon)';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns the cue multiplier for a passage (lowercased text). */
export type CueMatcher = (lowerText: string, headingStems: ReadonlySet<string>) => number;

/**
 * Builds the cue tests for one question once, so ranking only runs regexes. `ignore` holds
 * words that name a document (a municipality), which are not part of what is to be defined.
 */
export function cueMatcher(cues: QueryCues, ignore: (word: string) => boolean = () => false): CueMatcher {
  let strong: RegExp | null = null;
  let weak: RegExp | null = null;
  const words = (cues.define ?? []).filter((w) => !ignore(w));
  if (words.length) {
    // Each word may carry an inflection ("fysisk vold", "de utrolige årene") and a number
    // ("Satsingsområde 1:").
    const phrase = `${words.map((w) => `${escape(stem(w))}\\p{L}*`).join('[\\s§-]+')}(\\s\\d{1,2})?`;
    const start = '(^|\\n|[.!?]\\s)[ \\t•*-]*';
    strong = new RegExp(
      [
        // "X: …", "X er …", "X (…) er …" at the start of a line or sentence.
        `${start}\\(?${phrase}\\)?[ \\t]*(\\([^)]{0,40}\\)[ \\t]*)?${DEFINES.replace('\\n|', '')}`,
        // "X" alone on a line, as a label over its text, or a bold label: "**X.** …".
        `${start}${phrase}[ \\t]*:?[ \\t]*\\n`,
        `${start}\\*\\*${phrase}[.:]?\\*\\*`,
        // An acronym spelled out just before it: "… (X)".
        `\\(${phrase}\\)`,
      ].join('|'),
      'u',
    );
    weak = new RegExp(
      `(^|[^\\p{L}])${phrase}[ \\t]*${DEFINES}|${phrase}[^.\\n]{0,30}${GENUS}|${GENUS}[^.\\n]{0,30}${phrase}`,
      'u',
    );
  }
  const listStem = cues.list ? stem(cues.list) : null;
  const listLines = listStem ? new RegExp(`(^|\\n)[ \\t•*–-]*${escape(listStem)}`, 'gu') : null;
  return (lower, heading) => {
    let m = 1;
    if (cues.who && WHO.test(lower)) m *= CUE_BOOST.who;
    if (cues.when && (WHEN.test(lower) || MONTHS.test(lower))) m *= CUE_BOOST.when;
    if (cues.howMany && NUMBER.test(lower)) m *= PERCENT.test(lower) ? CUE_BOOST.howMany : Math.sqrt(CUE_BOOST.howMany);
    if (strong?.test(lower)) m *= CUE_BOOST.define;
    else if (weak?.test(lower)) m *= CUE_BOOST.defineWeak;
    // "Hvilke X": a passage whose heading names X, or that lists several X, is the list asked for.
    if (listStem && (heading.has(listStem) || (lower.match(listLines!)?.length ?? 0) >= 2)) m *= CUE_BOOST.list;
    return m;
  };
}
