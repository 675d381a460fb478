/**
 * Generated Norwegian-looking text for the index benchmarks and tests: words built from our own
 * syllables by a seeded generator, in sentences, paragraphs and pages like a long PDF's text
 * (lines of about 90 characters, no headings), so nothing comes from a real plan.
 */

const SYLLABLES = ['vol', 'de', 'barn', 'hjem', 'tryg', 'ge', 'plan', 'tak', 'sam', 'ar', 'beid', 'for', 'eld', 're', 'mel', 'ding', 'hel', 'se', 'sko', 'le', 'kom', 'mu', 'ne', 'ans', 'var', 'lig', 'til', 'bud', 'råd', 'giv', 'ning', 'stø', 'tte', 'vern', 'opp', 'føl', 'ging'];
const SMALL = ['og', 'i', 'på', 'for', 'med', 'som', 'til', 'av', 'når', 'det', 'skal', 'kan'];

/** Mulberry32: a small seeded generator, so every run builds the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `chars` characters of text in pages separated by form feeds (as a PDF's text comes out
 * of the loader), with a vocabulary of `words` distinct made-up words.
 */
export function generatedText(chars: number, seed = 1, words = 4000): string {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const lexicon = Array.from({ length: words }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join(''));
  const pages: string[] = [];
  let total = 0;
  let page: string[] = [];
  let pageChars = 0;
  let line = '';
  const endLine = () => {
    page.push(line);
    pageChars += line.length + 1;
    line = '';
  };
  while (total + pageChars < chars) {
    const sentence = Array.from({ length: 6 + Math.floor(next() * 14) }, () => (next() < 0.3 ? pick(SMALL) : pick(lexicon)));
    sentence[0] = sentence[0]![0]!.toUpperCase() + sentence[0]!.slice(1);
    for (const [k, w] of sentence.entries()) {
      const word = k === sentence.length - 1 ? `${w}.` : w;
      if (line.length + word.length + 1 > 90) endLine();
      line = line ? `${line} ${word}` : word;
    }
    if (next() < 0.2) {
      endLine();
      page.push('');
    }
    if (pageChars > 5600) {
      if (line) endLine();
      pages.push(page.join('\n'));
      total += pageChars;
      page = [];
      pageChars = 0;
    }
  }
  if (line) endLine();
  pages.push(page.join('\n'));
  return pages.join('\f');
}
