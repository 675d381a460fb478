import { CLASSIFY, detectIntent, RESPONSIBLE, withoutNamingFrame, type Intent } from './intent';
import { asksAuthors } from './roster';
import { BROADER, ENGLISH_GLOSSARY, NYNORSK_GLOSSARY, PHRASES, SAME_MEANING } from './glossary';
import { ENGLISH_MARKERS, NYNORSK_INFIX, NYNORSK_SUFFIX, POSSESSIVES, STOPWORDS, SYNONYMS } from './lexicon';
import { normalizeText, tokenize } from './normalize';
import { splitSentences } from './sentences';
import { stem } from './stem';
import type { StaffWords } from './synonyms';
import type { Vocabulary } from './vocabulary';
import { addressKeys, ASKS_ADDRESS, type AddressKey } from './web-addresses';

/**
 * A web address is kept as its site's name ("helsenorge.no"): the words of its path and query
 * ("index.php?search=…") are not what the passage says.
 */
export function withoutUrlPaths(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)(?:www\.)?([\p{L}\p{N}.-]+)\S*/gu, (_m, host: string) => ` ${host.replace(/\.+$/, '').replace(/\.[a-z]{2,3}$/, '')} `);
}

/** The surface words of a text after synonyms and stopwords, before stemming. */
export function contentWords(text: string): Array<{ word: string; pos: number }> {
  const out: Array<{ word: string; pos: number }> = [];
  // All-caps words are acronyms ("WHO"), kept even when they spell a stopword.
  const acronyms = new Set((text.match(/\b[A-ZÆØÅ]{2,6}\b/g) ?? []).map((a) => a.toLowerCase()));
  for (const t of tokenize(normalizeText(withoutUrlPaths(text)))) {
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

/** Weight of a compound part next to its whole word, in documents and questions alike. */
export const PART_WEIGHT = 0.5;

/**
 * Weight of a related word: the field's general word for a specific one ("slår" also searches
 * "vold"), or a word of the same meaning ("benytte" for "bruke").
 */
export const RELATED_WEIGHT = 0.5;

/**
 * Weight of the plan words of an everyday phrase ("snakke med noen" → samtaletilbud): the
 * phrase means what the plan word names, so it weighs as a word of the question. On the 713 dev
 * questions, holds the fact is 0.729 at 0.3, 0.731 at 0.5, 0.739 at 1 and 0.738 at 1.5.
 */
const PHRASE_WEIGHT = 1;

/** Stemmed terms of a text with compound parts ("voldsutsatte" → vold, utsatt), for BM25. */
export function wordTerms(words: string[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(termOf(w));
    for (const part of vocab.split(w)) out.push(termOf(part));
  }
  return out;
}

/** Character n-grams of words, with word boundaries marked ("_vold_" → _vol, vold, old_). */
export function ngramsOf(words: string[], n: number): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (/^\d/.test(w)) {
      out.push(w);
      continue;
    }
    const padded = `_${w}_`;
    if (padded.length <= n) out.push(padded);
    else for (let k = 0; k + n <= padded.length; k++) out.push(padded.slice(k, k + n));
  }
  return out;
}

/** A question read for retrieval: what kind of answer it wants, and its topic words. */
/** One topic word of a question with the terms that count for it. */
export interface WordGroup {
  word: string;
  /** Term → weight: the word itself 1, a spelling guess 0.7, compound parts less. */
  terms: Map<string, number>;
  /** 1 for a word of the sentence that asks, less for a word of the situation told before it. */
  weight: number;
  /** The word ends an everyday phrase the glossary reads ("tar pensjonen hennes" → økonomisk). */
  phrase?: true;
}

export interface AnalyzedQuestion {
  intent: Intent;
  /** The question is in English: the answer, from Norwegian documents, is not. */
  english: boolean;
  /** The question asks for several things ("hvilke programmer", "which programs"): a list answers it. */
  enumerate: boolean;
  /** Topic words in Bokmål, after Nynorsk and English were mapped and question words removed. */
  words: string[];
  /** Per topic word, the terms that count for it (for coverage). */
  groups: WordGroup[];
  /** Weighted word-view terms (stems, compound parts, spelling guesses). */
  terms: Map<string, number>;
  /** Weighted n-gram-view terms. */
  ngrams: Map<string, number>;
  /** Topic words of the situation told before the asking sentence; 0 for a one-sentence question. */
  told: number;
  /** Words of an English question the glossary could not read ("swap", "shift"): unknown to the documents. */
  untranslated?: number;
  /** Names the question quotes ('Tidlig inn', «En uke mot vold»), folded: the documents should hold them as written. */
  phrases?: string[];
  /** The question asks which kind of violence a told case is ("… er det vold?"). */
  classify?: boolean;
  /** The question asks who made the plan: the list of its authors may answer it (roster.ts). */
  authors?: boolean;
  /** The question asks who a team or group is made of ("Hvem sitter i KONVO?"). */
  members?: boolean;
  /** The question asks who is responsible ("Hvem har ansvar for …?"). */
  responsible?: boolean;
  /** Asked for a link: what a web address of the answer may hold of the question (web-addresses.ts). */
  addresses?: AddressKey[];
}

/** "Hvem sitter i …", "kven er med i …", "hvem består teamet av", "who is on …". */
const ASKS_MEMBERS = /\b((sitter|sit)( \w+)? i|er med i|består|bestå|medlem\w*|sammensatt|representert|representerte|representanter|who (is|sits) (on|in)|members?|represented|representatives)\b/u;

/** Norwegian function words, to tell an English question that names "Meråker" from a Norwegian one. */
// "i" is both Norwegian "in" and English "I", so it tells nothing.
// "for" is a word of both languages: it counts for both.
const NORWEGIAN_MARKERS = new Set('og er på det som jeg eg hva kva hvem kven når hvor kor hvordan korleis til av en ein et ikke ikkje skal må har for'.split(' '));

/** Terms of the same meaning, by term. */
const SAME: Record<string, string[]> = {};
for (const group of SAME_MEANING) {
  const terms = [...new Set(group.map((w) => termOf(w)))];
  for (const t of terms) SAME[t] = [...new Set([...(SAME[t] ?? []), ...terms.filter((o) => o !== t)])];
}

/** English glossary entries by first word, longest phrase first. */
const ENGLISH_BY_FIRST = new Map<string, Array<{ words: string[]; to: string[] }>>();
for (const [en, no] of ENGLISH_GLOSSARY) {
  const words = en.split(' ');
  const list = ENGLISH_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, to: no.split(' ') });
  list.sort((x, y) => y.words.length - x.words.length);
  ENGLISH_BY_FIRST.set(words[0]!, list);
}

/**
 * The glossary's word for another form of an English word: "girl" where it has "girls",
 * "controls" and "controlled" where it has "control", "detecting" where it has "detect".
 */
function englishForm(token: string): string[] | undefined {
  if (token.length < 4) return undefined;
  const forms = [`${token}s`, `${token}es`, token.replace(/ies$/, 'y'), token.replace(/es$/, ''), token.replace(/s$/, ''), token.replace(/ed$/, ''), token.replace(/ed$/, 'e'), token.replace(/ing$/, ''), token.replace(/ing$/, 'e')];
  for (const f of forms) {
    if (f === token || f.length < 3) continue;
    const entry = ENGLISH_BY_FIRST.get(f)?.find((e) => e.words.length === 1);
    if (entry) return entry.to;
  }
  return undefined;
}

/**
 * English when at least two of its words are, and more than are Norwegian: English function words,
 * and, in a short question, words the English glossary reads that the documents do not have
 * ("what counts as economic violence?" has one function word).
 */
function isEnglish(words: string[], vocab: Vocabulary): boolean {
  const glossaryWord = (w: string): boolean =>
    !vocab.has(w) && !NORWEGIAN_MARKERS.has(w) && (ENGLISH_BY_FIRST.get(w)?.some((e) => e.words.length === 1) === true || englishForm(w) !== undefined);
  const en = words.filter((w) => ENGLISH_MARKERS.has(w) || glossaryWord(w)).length;
  return en >= 2 && en > words.filter((w) => NORWEGIAN_MARKERS.has(w)).length;
}

/** Everyday phrases by first word, longest first (see Glossary.phrases). */
const PHRASES_BY_FIRST = new Map<string, Array<{ words: string[]; to: string[] }>>();
for (const [phrase, to] of Object.entries(PHRASES)) {
  const words = phrase.split(' ');
  const list = PHRASES_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, to: to.split(' ') });
  list.sort((x, y) => y.words.length - x.words.length);
  PHRASES_BY_FIRST.set(words[0]!, list);
}

/** "tar pensjonen hennes" is the same phrase as "tar pensjonen hans" or "… mi". */
const sameWord = (phraseWord: string, token: string | undefined): boolean =>
  token === phraseWord || (token !== undefined && POSSESSIVES.has(phraseWord) && POSSESSIVES.has(token));

/**
 * The plan words of the everyday phrases in a question ("vil ha noen å snakke med" →
 * samtaletilbud), by the position of the phrase's last topic word, which searches them too.
 */
function phraseWords(tokens: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let k = 0; k < tokens.length; ) {
    let length = 0;
    const entry = PHRASES_BY_FIRST.get(tokens[k]!)?.find((e) => (length = phraseLength(e.words, tokens, k)) > 0);
    if (!entry) {
      k++;
      continue;
    }
    let at = k + length - 1;
    while (at > k && STOPWORDS.has(tokens[at]!)) at--;
    out.set(at, [...(out.get(at) ?? []), ...entry.to]);
    k += length;
  }
  return out;
}

/** Words that say how much, not what: "mannen tar (hele) lønna" is the same phrase with them. */
const FILLERS = new Set(['hele', 'heile', 'all', 'alle', 'alt', 'bare', 'berre', 'alltid', 'liksom']);

/** The tokens a phrase spans from `k`, a filler or two between its words allowed; 0 when it is not there. */
function phraseLength(words: string[], tokens: string[], k: number): number {
  let j = k;
  let skipped = 0;
  for (const [i, w] of words.entries()) {
    while (i > 0 && !sameWord(w, tokens[j]) && FILLERS.has(tokens[j] ?? '') && skipped < 2) {
      j++;
      skipped++;
    }
    if (!sameWord(w, tokens[j])) return 0;
    j++;
  }
  return j - k;
}

/**
 * The glossary entry that reads the words from `k` on: the first, phrases before the words they
 * hold, whose words are the tokens as written, or a phrase whose words are, each as written or,
 * for a token of four letters or more, in the plural ("new hires" is "new hire"). A single word
 * is not read so: "forms" is the documents' "form", not the glossary's "form" (skjema).
 */
function glossaryEntry(tokens: string[], k: number): { words: string[]; to: string[] } | undefined {
  const plural = (token: string | undefined, w: string): boolean => token !== undefined && token.length >= 4 && (token === `${w}s` || token === `${w}es`);
  const first = tokens[k]!;
  const exact = ENGLISH_BY_FIRST.get(first) ?? [];
  const phrase = (e: { words: string[] }): boolean => e.words.length > 1 && e.words.every((w, j) => tokens[k + j] === w || plural(tokens[k + j], w));
  const asWritten = (e: { words: string[] }): boolean => e.words.every((w, j) => tokens[k + j] === w);
  // In each list phrases come before the words they hold: a phrase in the plural before a word as written.
  const inOrder = exact.find((e) => asWritten(e) || phrase(e));
  if (inOrder) return inOrder;
  for (const key of new Set([first.replace(/s$/, ''), first.replace(/es$/, '')])) {
    const entry = key === first ? undefined : ENGLISH_BY_FIRST.get(key)?.find(phrase);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Reads an English question in the plans' Norwegian words. Words the glossary lacks are kept
 * only when the documents use them too (names such as "Meråker", "SLT"): an English word read
 * as a Norwegian one by accident ("cover" → "lover") would only mislead.
 */
function translateEnglish(tokens: string[], vocab: Vocabulary, dropped?: Set<string>): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; ) {
    const entry = glossaryEntry(tokens, k);
    if (entry) {
      out.push(...entry.to);
      k += entry.words.length;
      continue;
    }
    const w = tokens[k]!.replace(/s$/, '');
    // A name the documents read as another word ("KONVO", the consultation team) is theirs too.
    const form = englishForm(tokens[k]!);
    if (/\d/.test(tokens[k]!) || vocab.has(tokens[k]!) || vocab.has(SYNONYMS[tokens[k]!] ?? '')) out.push(tokens[k]!);
    else if (w.length >= 4 && vocab.has(w)) out.push(w);
    else if (form) out.push(...form);
    else if (tokens[k]!.length >= 3 && !STOPWORDS.has(tokens[k]!)) dropped?.add(tokens[k]!);
    k++;
  }
  return out;
}

/** A word typed with a hyphen inside ("trygg-est", "barne-vern") is the document's word when that is one. */
function joinHyphenated(text: string, vocab: Vocabulary): string {
  return text.replace(/(\p{L}{2,})-(\p{L}{2,})/gu, (whole, a: string, b: string) =>
    vocab.contains(`${a}${b}`.toLowerCase()) ? `${a}${b}` : whole,
  );
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

function add(map: Map<string, number>, key: string, weight: number): void {
  map.set(key, Math.max(map.get(key) ?? 0, weight));
}

/** Words that only say a question asks how to reach someone. */
const CONTACT_WORDS = /^(ring\p{L}*|telefon\p{L}*|nummer\p{L}*|nummeret|tlf|kontakt\p{L}*|e|post|epost\p{L}*|e-post\p{L}*|postadresse\p{L}*|adresse\p{L}*|mail\p{L}*)$/u;

/**
 * A question's situation and its ask: the ask runs from the first sentence with a question mark
 * to the last ("Hvordan kan vi …? Noen opplegg?" is all ask); what comes before it, and an aside
 * after it, is the situation. Without a question mark the last sentence asks. A one-sentence
 * question is all ask.
 */
export function askingSentence(question: string): { ask: string; context: string; aside?: string } {
  // Chat is often typed without capitals ("… i det siste. hva gjør jeg da?"): a full stop ends a
  // sentence there too.
  const typed = question.replace(/\?\s+/g, '? ').replace(/([.!?]\s+)(\p{Ll})/gu, (_, end: string, c: string) => end + c.toUpperCase()).trim();
  const sentences = splitSentences(typed);
  if (sentences.length < 2) return { ask: question, context: '' };
  let k = sentences.findIndex((s) => s.endsWith('?'));
  if (k < 0) k = sentences.length - 1;
  // What follows the last question is an aside ("hva er materiell vold? hørte det på et kurs").
  let end = sentences.length;
  while (end - 1 > k && !sentences[end - 1]!.endsWith('?')) end--;
  if (!sentences[end - 1]!.endsWith('?')) end = sentences.length;
  const aside = sentences.slice(end).join(' ');
  return { ask: sentences.slice(k, end).join(' '), context: sentences.slice(0, k).join(' '), ...(aside ? { aside } : {}) };
}

/** An ask with fewer topic words than this ("Hvordan får de vite om det?") leans on its situation. */
const ASK_NEEDS_WORDS = 3;

/**
 * Reads a question (Bokmål, Nynorsk or English, typos allowed) for retrieval. In a question of
 * several sentences the asking sentence says what is wanted; words of the situation told before
 * it weigh `contextWeight` (a retrieval constant, chosen by cross-validation). `staff` are the
 * municipality's own words (its list "Synonymer"): such a word also searches its plan words.
 */
export function analyzeQuestion(typed: string, vocab: Vocabulary, ngramSize: number, contextWeight = 0.5, staff?: StaffWords): AnalyzedQuestion {
  // "Hva kaller planen det når …": the frame names no topic; read as "hva er …".
  const question = withoutNamingFrame(typed);
  const parts = askingSentence(question);
  const rawOf = (text: string): string[] => tokenize(normalizeText(joinHyphenated(text, vocab))).map((t) => t.word);
  const raw = rawOf(question);
  const english = isEnglish(raw, vocab);
  const dropped = new Set<string>();
  const read = (words: string[]): string[] => (english ? translateEnglish(words, vocab, dropped) : words.map((w) => NYNORSK_GLOSSARY[w] ?? w).flatMap((w) => w.split(' ')));
  const askRaw = rawOf(parts.ask);
  const askTokens = read(askRaw);
  const contextTokens = parts.context ? read(rawOf(parts.context)) : [];
  const asideTokens = parts.aside ? read(rawOf(parts.aside)) : [];
  const tokens = [...askTokens, ...contextTokens, ...asideTokens];
  // A staff word is looked up as written too: the glossary may have read it as another word.
  const writtenAs = staff && !english ? writtenForms([...askRaw, ...(parts.context ? rawOf(parts.context) : []), ...(parts.aside ? rawOf(parts.aside) : [])]) : undefined;
  const weightOf = new Map<string, number>();
  const askWords = askTokens.filter((t) => !STOPWORDS.has(SYNONYMS[t] ?? t) && t.length > 1).length;
  const situationWeight = askWords < ASK_NEEDS_WORDS ? 1 : contextWeight;
  for (const t of contextTokens) weightOf.set(t, situationWeight);
  // An aside after the question never carries it, however short the question.
  for (const t of asideTokens) if (!weightOf.has(t)) weightOf.set(t, contextWeight);
  for (const t of askTokens) weightOf.set(t, 1);
  let intent = detectIntent(english ? askRaw : askTokens);
  // Only a "what is" question can ask which kind a told case is (detectIntent reads "er det vold?" as one).
  const classify = intent === 'define' && CLASSIFY.test((english ? askRaw : askTokens).join(' '));
  if (intent === 'other' && parts.context) intent = detectIntent(english ? raw : tokens);
  // Acronyms ("WHO") and capitalised words inside the question ("Tidlig Inn", "Alternativ til
  // Vold") are names: kept even when they spell a stopword.
  const names = new Set([
    ...(question.match(/\b[A-ZÆØÅ]{2,6}\b/g) ?? []),
    ...(question.match(/(?<=[\p{L}\p{N},] )\p{Lu}\p{Ll}+/gu) ?? []),
  ].map((a) => a.toLowerCase()));
  const words: string[] = [];
  const groups: WordGroup[] = [];
  const phrased = english ? new Map<number, string[]>() : phraseWords(tokens);
  for (const [at, token] of tokens.entries()) {
    // "Hvilket nummer ringer jeg …": how to reach someone is what a contact question asks, not its topic.
    if (intent === 'contact' && CONTACT_WORDS.test(token)) continue;
    let w = SYNONYMS[token] ?? token;
    if ((STOPWORDS.has(w) && !names.has(token)) || (w.length < 2 && !/\d/.test(w))) continue;
    const group = new Map<string, number>();
    const sentenceWeight = weightOf.get(token) ?? 1;
    let weight = sentenceWeight;
    const planWords = staff ? staffPlanWords(staff, token, w, writtenAs) : undefined;
    // A word the municipality has listed is meant as written: no spelling guess replaces it.
    // A word the glossary knows ("sjefen") is a word, not a typo of a corpus word ("sjelen").
    if (!english && !planWords && !vocab.has(w) && !/\d/.test(w) && BROADER[w] === undefined && SAME[termOf(w)] === undefined) {
      // A Nynorsk spelling or a typo: read it as the corpus word, with less confidence.
      const guess = fromNynorsk(w, vocab) ?? vocab.correct(w);
      if (guess) {
        w = SYNONYMS[guess] ?? guess;
        weight = 0.7 * sentenceWeight;
      }
    }
    if (words.includes(w)) continue;
    words.push(w);
    add(group, termOf(w), weight);
    for (const part of vocab.split(w, vocab.has(w) ? 3 : 4)) add(group, termOf(part), weight * PART_WEIGHT);
    const broader = BROADER[w];
    if (broader) add(group, termOf(broader), weight * RELATED_WEIGHT);
    for (const other of SAME[termOf(w)] ?? []) add(group, other, weight * RELATED_WEIGHT);
    for (const p of planWords ?? []) add(group, termOf(p), weight * RELATED_WEIGHT);
    const phrase = phrased.get(at);
    for (const p of phrase ?? []) add(group, termOf(p), weight * PHRASE_WEIGHT);
    groups.push({ word: w, terms: group, weight: sentenceWeight, ...(phrase ? { phrase: true as const } : {}) });
  }
  const terms = new Map<string, number>();
  for (const g of groups) for (const [t, w] of g.terms) add(terms, t, w);
  const ngrams = new Map<string, number>();
  for (const g of groups) for (const gram of ngramsOf([g.word], ngramSize)) add(ngrams, gram, g.weight);
  const enumerate = /\b(hvilke|kva for|kva slags|hva slags|hvilken type|which|what kinds?|what types?|nevn|list)\b/u.test(normalizeText(parts.ask));
  const told = contextTokens.filter((t) => !STOPWORDS.has(SYNONYMS[t] ?? t) && t.length > 1).length;
  const addresses = ASKS_ADDRESS.test(normalizeText(question)) ? [...addressKeys(askRaw, names), ...addressKeys(askTokens, names, false)] : [];
  return { intent, english, enumerate, words, groups, terms, ngrams, told, phrases: quotedPhrases(question), untranslated: dropped.size, authors: asksAuthors(words), members: ASKS_MEMBERS.test(normalizeText(parts.ask)), responsible: intent === 'who' && RESPONSIBLE.test((english ? askRaw : askTokens).join(' ')), classify, ...(addresses.length > 0 ? { addresses } : {}) };
}

/** Phrases of two to six words in quotes ('…', "…", «…», “…”): a name as written, stop words and all. */
export function quotedPhrases(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(/(?:^|[\s(])['"«“‘]([^'"»”’\n]{3,60})['"»”’](?=[\s.,:;!?)-]|$)/gu)) {
    const phrase = normalizeText(m[1]!).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    const n = phrase.split(' ').length;
    if (n >= 2 && n <= 6) out.push(phrase);
  }
  return out;
}

/** Each word the glossary read a question's word as → the word as written ("uro" → "bekymring" → "uro"). */
function writtenForms(raw: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of raw) for (const read of (NYNORSK_GLOSSARY[w] ?? w).split(' ')) if (!out.has(read)) out.set(read, w);
  return out;
}

/** The municipality's plan words for a question word: as written, as read, or as corrected. */
function staffPlanWords(staff: StaffWords, token: string, word: string, writtenAs: Map<string, string> | undefined): string[] | undefined {
  const written = writtenAs?.get(token);
  return (written !== undefined ? staff.planWordsOf(written) : undefined) ?? staff.planWordsOf(token) ?? (word !== token ? staff.planWordsOf(word) : undefined);
}

/** The index terms of what "er det vold (i nære relasjoner)?" asks about, as against the kind a told case names. */
const ASKED_VIOLENCE = new Set(['vold', 'nær', 'relasjon', 'mishandling', 'overgrep']);

/**
 * The terms of what a question that asks "er det vold?" tells ("sønnen knuser tingene hans" →
 * knus, materiell, ting): the kind of violence is named there, never by the word "vold" the
 * question asks about. Empty for any other question.
 */
export function toldTerms(q: AnalyzedQuestion): ReadonlySet<string> {
  if (q.classify !== true) return new Set();
  return new Set(q.groups.filter((g) => ![...g.terms.keys()].some((t) => ASKED_VIOLENCE.has(t))).flatMap((g) => [...g.terms.keys()]));
}

/** Whether a defined term names a kind the told case is about: all its words in the question, one of them told. */
export function namesToldKind(term: ReadonlySet<string>, asked: { has(term: string): boolean }, told: ReadonlySet<string>): boolean {
  return term.size > 0 && [...term].every((t) => asked.has(t)) && [...term].some((t) => told.has(t));
}
