import { ENGLISH, ENGLISH_MARKERS, NYNORSK, NYNORSK_INFIX, NYNORSK_SUFFIX, STOPWORDS, SYNONYMS } from './lexicon';
import { normalizeText, tokenize } from './normalize';
import { stem } from './stem';
import { withinOneEdit, type Vocabulary } from './vocabulary';

/** An index term at a token position; compound parts share the position of their word. */
export interface Term {
  term: string;
  pos: number;
}

/** The surface words of a text after synonyms and stopwords, before stemming. */
export function contentWords(text: string): Array<{ word: string; pos: number }> {
  const out: Array<{ word: string; pos: number }> = [];
  // All-caps words are acronyms ("WHO"), kept even when they spell a stopword.
  const acronyms = new Set((text.match(/\b[A-ZÆØÅ]{2,6}\b/g) ?? []).map((a) => a.toLowerCase()));
  for (const t of tokenize(normalizeText(text))) {
    const w = SYNONYMS[t.word] ?? t.word;
    if ((STOPWORDS.has(w) && !acronyms.has(t.word)) || (w.length < 2 && !/\d/.test(w))) continue;
    out.push({ word: w, pos: t.pos });
  }
  return out;
}

/** Synonyms by stem too, so inflected forms ("avvergingsplikta") meet their canonical term. */
const STEM_SYNONYMS = new Map(Object.entries(SYNONYMS).map(([from, to]) => [stem(from), stem(to)]));

/** The index term of a word: its stem, with domain synonyms folded together. */
export function termOf(word: string): string {
  const s = stem(word);
  return STEM_SYNONYMS.get(s) ?? s;
}

/** Index terms of a document text: stems plus stems of compound parts. */
export function analyzeDocument(text: string, vocab: Vocabulary): Term[] {
  const out: Term[] = [];
  for (const { word, pos } of contentWords(text)) {
    out.push({ term: termOf(word), pos });
    for (const part of vocab.split(word)) out.push({ term: termOf(part), pos });
  }
  return out;
}

/** One word of the question: its own term and the alternatives that also count for it. */
export interface QueryGroup {
  /** The (normalized) word as it stood in the question, after dialect and typo fixes. */
  word: string;
  /** Terms with weights; the first is the word itself. */
  terms: Array<{ term: string; weight: number }>;
  /** How sure we are the word was read right: 1, or less after a typo or spelling guess. */
  certainty: number;
}

/** A Bokmål corpus word for an unknown Nynorsk form ("valdsutøvarar" → "voldsutøvere"). */
function fromNynorsk(word: string, vocab: Vocabulary): string | undefined {
  let base = word;
  for (const [re, to] of NYNORSK_INFIX) base = base.replace(re, to);
  if (base !== word && vocab.has(base)) return base;
  for (const [re, to] of NYNORSK_SUFFIX) {
    const cand = base.replace(re, to);
    if (cand !== base && vocab.has(cand)) return cand;
  }
  return undefined;
}

/** Question-type cues read from words the index ignores. */
export interface QueryCues {
  who: boolean;
  when: boolean;
  howMany: boolean;
  /** The words asked to be defined in "hva er X?" questions. */
  define: string[] | null;
  /** The kind of thing listed in "hvilke X …?" questions. */
  list: string | null;
}

export interface AnalyzedQuery {
  groups: QueryGroup[];
  cues: QueryCues;
  /** Normalized words of the question (for title matching and cues). */
  words: string[];
}

function isEnglish(words: string[]): boolean {
  return words.filter((w) => ENGLISH_MARKERS.has(w)).length >= 2 && !words.some((w) => /[æøå]/.test(w));
}

const ENGLISH_WORDS = ENGLISH.map(([en]) => en).filter((en) => !en.includes(' ') && en.length >= 5);

/** Rewrites an English question into the Norwegian domain words the plans use. */
function translateEnglish(normalized: string): string {
  // A misspelt glossary word ("emploeyes") is read as the glossary word first.
  let t = ` ${normalized
    .replace(/[-–]/g, ' ')
    .replace(/\p{L}{5,}/gu, (w) => (ENGLISH_WORDS.includes(w) ? w : ENGLISH_WORDS.find((en) => withinOneEdit(w, en)) ?? w))} `;
  for (const [en, no] of ENGLISH) t = t.replace(new RegExp(`(?<=[^\\p{L}])${en}(?=[^\\p{L}])`, 'gu'), no);
  return t.trim();
}

/** Turns a question (Bokmål, Nynorsk or English, typos allowed) into weighted query groups. */
export function analyzeQuery(question: string, vocab: Vocabulary): AnalyzedQuery {
  let normalized = normalizeText(question);
  const rawWords = tokenize(normalized).map((t) => t.word);
  if (isEnglish(rawWords)) normalized = translateEnglish(normalized);
  const words = tokenize(normalized).map((t) => NYNORSK[t.word] ?? t.word);
  const text = ` ${words.join(' ')} `;
  const cues: QueryCues = {
    who: / hvem /.test(text),
    when: / (når|frist|fristen|tidspunkt|hvor ofte|hvilken måned|tidsrom) /.test(text),
    howMany: / (hvor mange|hvor stor|andel|antall|prosent|hvor mye) /.test(text),
    define: null,
    list: null,
  };
  const which = / (?:hvilke|hvilken|hvilket|which) ([\p{L}-]+)/u.exec(text);
  const def = /^ ?(?:hva|what) (?:er|betyr|menes med|is|means) (?:en |et |ei |a |an |the )?(.+?) ?$/.exec(text);
  const defWords = (def?.[1] ?? '').split(' ').filter((w) => w && !STOPWORDS.has(w)).slice(0, 3);

  // An all-caps word is an acronym ("WHO", "ATV"), even when it spells a stopword.
  const acronyms = new Set((question.match(/\b[A-ZÆØÅ]{2,6}\b/g) ?? []).map((a) => a.toLowerCase()));
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  const fixed = new Map<string, string>();
  words.forEach((raw, k) => {
    // "hvor ofte", "hvor stor": the second word is part of the question type, not the topic.
    if (k > 0 && /^(hvor|how)$/.test(words[k - 1]!) && /^(ofte|lenge|stor|store|mye|mange|langt|often|long|much|many)$/.test(raw)) return;
    let w = SYNONYMS[raw] ?? raw;
    if ((STOPWORDS.has(w) && !acronyms.has(raw)) || (w.length < 2 && !/\d/.test(w))) return;
    const terms: Array<{ term: string; weight: number }> = [];
    let certainty = 1;
    let tails: string[] = [];
    if (!vocab.has(w) && !/\d/.test(w)) {
      // Unknown word: a Nynorsk form, a typo, or the tail of a corpus compound, in that order.
      const guess = fromNynorsk(w, vocab) ?? vocab.correct(w);
      if (guess) {
        w = SYNONYMS[guess] ?? guess;
        fixed.set(raw, w);
        certainty = 0.5;
      } else tails = vocab.endingWith(w);
    }
    const s = termOf(w);
    if (seen.has(s)) return;
    seen.add(s);
    terms.push({ term: s, weight: 1 });
    for (const part of vocab.split(w, vocab.has(w) ? 3 : 4)) {
      const ps = termOf(part);
      if (!terms.some((t) => t.term === ps)) terms.push({ term: ps, weight: 0.6 });
    }
    for (const tail of tails) {
      const ts = termOf(tail);
      if (!terms.some((t) => t.term === ts)) terms.push({ term: ts, weight: 0.7 });
    }
    groups.push({ word: w, terms, certainty });
  });
  // Cue words are read as corrected ("hva er fyissk vold" defines "fysisk vold").
  const fix = (raw: string): string => fixed.get(raw) ?? SYNONYMS[raw] ?? raw;
  if (defWords.length) cues.define = defWords.map(fix);
  if (which?.[1] && !STOPWORDS.has(which[1])) cues.list = fix(which[1]);
  return { groups, cues, words };
}
