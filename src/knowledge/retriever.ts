import { expandQuestion, type Expansions } from './expansion';
import { contentWords, namesToldKind, ngramsOf, termOf, toldTerms, wordTerms, type AnalyzedQuestion } from './analyzer';
import { fitsIntent } from './answer-types';
import { rosterShare } from './roster';
import type { Intent } from './intent';
import { Bm25 } from './bm25';
import { namingDocuments, nameKey, type DocumentNames } from './doc-names';
import { fold } from './stem';
import { normalizeText } from './normalize';
import { segmenting, type Passage, type PlacedUnit, type PreparedSection, type SectionLines, type WindowOptions } from './passages';
import { runSteps, type Steps } from './steps';
import type { LoadedDocument } from './types';
import type { Vocabulary } from './vocabulary';
import { addressLetters, spells, type AddressLetters } from './web-addresses';

/**
 * The constants retrieval depends on. Each was chosen by cross-validation over the union of
 * the dev question sets (`npm run -s ask-cv`), never by looking at single questions.
 */
export interface RetrievalOptions {
  window: WindowOptions;
  /** Character n-gram length of the n-gram view. */
  ngram: number;
  /** Reciprocal rank fusion constant (Cormack et al. 2009 use 60). */
  rrfK: number;
  /** Fusion weights of the views besides the window words and n-grams (which weigh 1). */
  weights: { unit: number; intent: number; definition: number; document: number };
  /** Weight of a word of the situation a long question tells before it asks (the asking sentence weighs 1). */
  contextWeight: number;
}

export const RETRIEVAL_DEFAULTS: RetrievalOptions = {
  window: { words: 160, stride: 0.5 },
  ngram: 3,
  rrfK: 30,
  weights: { unit: 0.5, intent: 0.5, definition: 1, document: 1 },
  contextWeight: 0.5,
};

const INTENTS: Intent[] = ['define', 'contact', 'who', 'when', 'howto', 'howmany', 'other'];

/** How much more a unit of the asked type counts as evidence than another unit. */
const UNIT_TYPE_BONUS = 1.5;

/**
 * What a window of another plan keeps of its fused score when the question names one municipality
 * ("… i Meråker?"). On the 838 dev questions 0.5 and 0.2 gain the same four first hits and two
 * answers, and lose none; 0.5 leaves a plan that alone holds the words a chance.
 */
const OTHER_DOCUMENT_WEIGHT = 0.5;

/**
 * A long document has many windows, and the best of many matches a question by chance better
 * than the best of a few: the five plans have 9 to 82 windows, and a question about the short
 * Meråker plan was answered from another plan two times in three. A window's fused score is
 * weighed by (its document's windows / the mean per document) ^ −DOCUMENT_SIZE_EXPONENT.
 * Held out by set over the 13 dev sets (1,638 questions, expansions learnt on the others), from
 * 0 to 0.03, 0.05, 0.07 and 0.1: hit@1 0.720, 0.727, 0.731, 0.730, 0.720; hit@3 0.858, 0.864,
 * 0.868, 0.868, 0.869; holds 0.708, 0.709, 0.712, 0.711, 0.705.
 */
const DOCUMENT_SIZE_EXPONENT = 0.05;

/**
 * The most windows a quoted phrase may be found in to count: a name in two or three places (windows
 * overlap by half). On the dev sets' ten quoted questions, 5 gains one answer and loses none; 10
 * lets "nær relasjon" pull a wrong passage up.
 */
const PHRASE_WINDOWS = 5;

/** How much of its fused score a list of the plan's authors keeps. */
const ROSTER_WEIGHT = 0.5;

/** Share of the question a typed unit must hold to count as answering it. */
const TYPED_SHARE = 0.5;

/**
 * A word at least this rare (idf; "tryggest" 2.2 and "nkvts" 2.3 in the five plans, "overgrep" 1.2
 * and "kommune" 0.7) names what a link asked for is to: a common word is in many addresses.
 */
const RARE_IDF = 2;

/** A passage with its fused score and how much of the question it covers. */
export interface Hit {
  index: number;
  passage: Passage;
  score: number;
  /** idf-weighted share of the question's words found in the passage or its heading (0..1). */
  coverage: number;
  /**
   * The window's rank in each of the search's views, in their fixed order (words, word n-grams,
   * units, units of the asked type, definitions, the named document, quoted phrases); 0 where a
   * view did not find it. The reranker (rerank.ts) reads them.
   */
  ranks: readonly number[];
  /** The window defines exactly what a "what is" question asks about ("Psykisk vold: …" for "hva er psykisk vold?"). */
  definesAsked?: boolean;
}

/** Per document index, (windows / mean windows per document) ^ −DOCUMENT_SIZE_EXPONENT. */
function sizeWeights(passages: readonly Passage[]): number[] {
  const counts: number[] = [];
  for (const p of passages) counts[p.docIndex] = (counts[p.docIndex] ?? 0) + 1;
  const present = counts.filter((n) => n !== undefined);
  const mean = passages.length / Math.max(1, present.length);
  return Array.from(counts, (n) => (n ? Math.pow(n / mean, -DOCUMENT_SIZE_EXPONENT) : 1));
}

/** Ranks by score, giving tied scores the same rank (a section's windows share a heading). */
function ranks(scores: Map<number, number>): Map<number, number> {
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  const out = new Map<number, number>();
  let rank = 0;
  let prev = Number.NaN;
  sorted.forEach(([i, s], k) => {
    if (s !== prev) rank = k + 1;
    prev = s;
    out.set(i, rank);
  });
  return out;
}

/** The question without the words that name a document. */
function withoutNames(q: AnalyzedQuestion, named: Set<string>, ngram: number): AnalyzedQuestion {
  const groups = q.groups.filter((g) => !named.has(nameKey(g.word)) && ![...g.terms.keys()].some((t) => named.has(fold(t))));
  const terms = new Map<string, number>();
  for (const g of groups) for (const [t, w] of g.terms) terms.set(t, Math.max(terms.get(t) ?? 0, w));
  const kept = groups.map((g) => g.word);
  const ngrams = new Map<string, number>();
  for (const g of groups) for (const gram of ngramsOf([g.word], ngram)) ngrams.set(gram, Math.max(ngrams.get(gram) ?? 0, g.weight));
  return { ...q, words: kept, groups, terms, ngrams };
}

/** A window's score in a unit view: the best of the units it holds. */
function toWindows(unitScores: Map<number, number>, units: PlacedUnit[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [u, s] of unitScores) for (const w of units[u]!.windows) if (s > (out.get(w) ?? 0)) out.set(w, s);
  return out;
}

/** Everything a Retriever searches, built once by `indexing`. */
export interface RetrieverIndex {
  passages: Passage[];
  units: PlacedUnit[];
  sections: SectionLines[];
  words: Bm25;
  grams: Bm25;
  unitIndex: Bm25;
  definedTerms: Array<Set<string>>;
  unitIntents: Array<Set<Intent>>;
  unitTerms: Array<Set<string>>;
  /** Units with their context: "Tidsrom: Hvert år i februar." under "Tiltak 1.1: Temadag". */
  unitTrailIndex: Bm25;
  vocab: Vocabulary;
  names: DocumentNames[];
  unitsByWindow: number[][];
  unitsBySection: PlacedUnit[][];
  termSets: Array<Set<string>>;
}

/**
 * Builds the index as steps, one per window and per unit (see steps.ts). `prepared` are the
 * documents already read by `prepareDocument` (in a worker thread), when the caller has them.
 */
export function* indexing(docs: LoadedDocument[], vocab: Vocabulary, options: RetrievalOptions, prepared?: PreparedSection[][]): Steps<RetrieverIndex> {
  const seg = yield* segmenting(docs, options.window, prepared);
  const words = (text: string): string[] => contentWords(text).map((w) => w.word);
  const wordIndex = new Bm25();
  const grams = new Bm25();
  const termSets: Array<Set<string>> = [];
  for (const p of seg.windows) {
    yield;
    // The heading trail is part of every window's text: "Tiltak 3.1.1: …" is what its "Frist: …" line is about.
    const body = words(`${p.trail}\n${p.text}`);
    const terms = wordTerms(body, vocab);
    wordIndex.add(terms);
    grams.add(ngramsOf(body, options.ngram));
    termSets.push(new Set(terms));
  }
  const names = yield* namingDocuments(docs);
  const unitIndex = new Bm25();
  const definedTerms: Array<Set<string>> = [];
  const unitIntents: Array<Set<Intent>> = [];
  const unitTerms: Array<Set<string>> = [];
  const unitTrailIndex = new Bm25();
  for (const u of seg.units) {
    yield;
    unitIndex.add(wordTerms(words(u.text), vocab));
    definedTerms.push(new Set(u.term ? wordTerms(words(u.term), vocab) : []));
    unitIntents.push(new Set(INTENTS.filter((i) => fitsIntent(i, u))));
    const withContext = wordTerms(words(`${contextOf(seg.sections, u)}\n${u.text}`), vocab);
    unitTerms.push(new Set(withContext));
    unitTrailIndex.add(withContext);
  }
  const unitsBySection: PlacedUnit[][] = seg.sections.map(() => []);
  for (const u of seg.units) unitsBySection[u.section]!.push(u);
  const unitsByWindow: number[][] = seg.windows.map(() => []);
  seg.units.forEach((u, k) => {
    for (const w of u.windows) unitsByWindow[w]!.push(k);
  });
  return {
    passages: seg.windows, units: seg.units, sections: seg.sections, words: wordIndex, grams, unitIndex,
    definedTerms, unitIntents, unitTerms, unitTrailIndex, vocab, names, unitsByWindow, unitsBySection, termSets,
  };
}

/**
 * What a unit is about besides its own words: its section's heading trail, the title of the
 * measure its paragraph describes, and the line leading into its list ("Kontaktinformasjon
 * kompetanseteamet:" above "Telefon: 478 090 50").
 */
function contextOf(sections: SectionLines[], u: PlacedUnit): string {
  const lines = sections[u.section]!.lines;
  const line = lines[u.first]!;
  const parts = [sections[u.section]!.trail, line.title ?? ''];
  if (line.kind === 'item') {
    let k = u.first - 1;
    while (k >= 0 && lines[k]!.kind === 'item' && lines[k]!.group === line.group) k--;
    const lead = lines[k];
    if (lead && lead.kind === 'para' && /:$/.test(lead.text)) parts.push(lead.text);
  }
  return parts.join('\n');
}

/**
 * Seven views of the same windows, fused by reciprocal rank (Cormack et al. 2009):
 * - stemmed words of the window and its heading trail, with compound parts;
 * - character n-grams of the same (typos, Nynorsk spellings, compounds);
 * - the window's best unit (a sentence, item or row), which rewards words found together;
 * - the best unit of the type the question asks for (a time, a role, a phone number);
 * - for a "what is" question, the definition of what it asks about ("Latent vold: …");
 * - the document the question names (a municipality);
 * - a name the question quotes, as written ('Tidlig inn'), where few windows hold it.
 */
export class Retriever {
  readonly passages: Passage[];
  readonly units: PlacedUnit[];
  readonly sections: SectionLines[];
  private readonly words: Bm25;
  private readonly grams: Bm25;
  private readonly unitIndex: Bm25;
  /** Word terms of each unit's defined term (empty for units that define nothing). */
  private readonly definedTerms: Array<Set<string>>;
  /** Per unit, the intents it could answer (fitsIntent, computed once). */
  private readonly unitIntents: Array<Set<Intent>>;
  /** Word terms of each unit with its section heading, for the typed view. */
  private readonly unitTerms: Array<Set<string>>;
  private readonly unitTrailIndex: Bm25;
  private readonly vocab: Vocabulary;
  private readonly names: DocumentNames[];
  /** Units each window holds whole. */
  private readonly unitsByWindow: number[][];
  /** Units of each section, in order. */
  private readonly unitsBySection: PlacedUnit[][];
  /** Word terms of each passage and its heading, for coverage. */
  private readonly termSets: Array<Set<string>>;
  /** Per document, what its windows' fused scores are weighed by for its size (DOCUMENT_SIZE_EXPONENT). */
  private readonly sizeWeights: number[];

  private tuned: RetrievalOptions;
  /** Each passage's text and heading, folded to words, for quoted phrases (made on first use). */
  private folded?: string[];
  /** Each passage's web addresses as letters, for a question that asks for a link (made on first use). */
  private addressed?: AddressLetters[][];
  /** Per window, whether it is mostly a list of the plan's authors (made on first use). */
  private rosters?: boolean[];

  constructor(index: RetrieverIndex, options: RetrievalOptions = RETRIEVAL_DEFAULTS) {
    this.tuned = options;
    this.passages = index.passages;
    this.units = index.units;
    this.sections = index.sections;
    this.words = index.words;
    this.grams = index.grams;
    this.unitIndex = index.unitIndex;
    this.definedTerms = index.definedTerms;
    this.unitIntents = index.unitIntents;
    this.unitTerms = index.unitTerms;
    this.unitTrailIndex = index.unitTrailIndex;
    this.vocab = index.vocab;
    this.names = index.names;
    this.unitsByWindow = index.unitsByWindow;
    this.unitsBySection = index.unitsBySection;
    this.termSets = index.termSets;
    this.sizeWeights = sizeWeights(index.passages);
  }

  /** Indexes documents in one go (see `indexing` for a build that pauses). */
  static build(docs: LoadedDocument[], vocab: Vocabulary, options: RetrievalOptions = RETRIEVAL_DEFAULTS): Retriever {
    return new Retriever(runSteps(indexing(docs, vocab, options)), options);
  }

  get options(): RetrievalOptions {
    return this.tuned;
  }

  /** Sets the search-time constants (fusion constant and weights); the windows stay as built. */
  tune(options: RetrievalOptions): void {
    this.tuned = { ...this.tuned, rrfK: options.rrfK, weights: options.weights, contextWeight: options.contextWeight };
  }

  /** The units of one section, in document order. */
  unitsOf(section: number): PlacedUnit[] {
    return this.unitsBySection[section] ?? [];
  }

  /** Whether any passage uses the term (a word the documents know). */
  knows(term: string): boolean {
    return this.words.has(term);
  }

  idf(term: string): number {
    return this.words.idf(term);
  }

  /** True when a term names the document itself (its municipality, from its title or file name). */
  namesDocument(term: string, docIndex: number): boolean {
    return this.names[docIndex]?.labels.has(fold(term)) ?? false;
  }

  /** All passages sharing something with the question, best first. */
  search(question: AnalyzedQuestion, expansions?: Expansions): Hit[] {
    const { rrfK, weights } = this.options;
    // A word that names a document (a municipality) selects that document; it is not a topic.
    // A compound may hold the name ("innlandetplanen"), so its parts are names too.
    const keys = question.groups.flatMap((g) => [nameKey(g.word), ...[...g.terms.keys()].map(fold)]);
    const labels = new Set(keys.filter((k) => this.names.some((n) => n.labels.has(k))));
    const places = keys.filter((k) => this.names.some((n) => n.places.has(k)));
    const docScores = new Map<number, number>();
    this.passages.forEach((p, i) => {
      const names = this.names[p.docIndex]!;
      const s = [...labels].filter((k) => names.labels.has(k)).length + places.filter((k) => names.places.has(k)).length;
      if (s > 0) docScores.set(i, s);
    });
    const read = labels.size === 0 ? question : withoutNames(question, labels, this.options.ngram);
    // The plan's words staff's words were answered with (expansion.ts) rank the windows; what a
    // window holds of the question (its coverage, for scope and the label) is read from the
    // question's own words, and so is what a definition must name.
    const q = expansions ? expandQuestion(read, expansions) : read;
    const unitScores = this.unitIndex.score(q.terms);
    const typed = this.typed(q);
    const addressed = this.addressScores(this.addressKeys(question));
    const views: Array<[Map<number, number>, number]> = [
      [this.words.score(q.terms), 1],
      [this.grams.score(q.ngrams), 1],
      [toWindows(unitScores, this.units), weights.unit],
      [toWindows(typed, this.units), weights.intent],
      [q.intent === 'define' ? toWindows(this.definitions(read, unitScores), this.units) : new Map<number, number>(), weights.definition],
      [docScores, weights.document],
      [this.phraseScores(question.phrases ?? [], addressed), 1],
    ];
    const viewRanks = views.map(([scores]) => ranks(scores));
    const fused = new Map<number, number>();
    views.forEach(([, weight], v) => {
      if (weight === 0) return;
      for (const [i, r] of viewRanks[v]!) fused.set(i, (fused.get(i) ?? 0) + weight / (rrfK + r));
    });
    // The best of a long document's many windows matches by chance: each is weighed by its document's size.
    for (const [i, s] of fused) fused.set(i, s * this.sizeWeights[this.passages[i]!.docIndex]!);
    // Asked for a link, a window whose address spells what was asked is among the first, where
    // the reranker puts it before the rest (rerank.ts: askedFor): the words of an address's path
    // are not searched, so nothing else would find it.
    const best = Math.max(0, ...fused.values());
    for (const i of addressed.keys()) fused.set(i, Math.max(fused.get(i) ?? 0, best));
    // A question that names one municipality asks about its plan: the other plans' windows keep
    // only part of their score. The document view alone lifts the named plan by one rank's worth,
    // which a window of another plan matching more words outweighs.
    // Only a name the asker wrote counts here, in a compound too, never a synonym the glossary added.
    const named = this.namedDocument(question);
    if (named !== undefined) for (const [i, s] of fused) if (this.passages[i]!.docIndex !== named) fused.set(i, s * OTHER_DOCUMENT_WEIGHT);
    // A list of the plan's authors answers only a question about them (roster.ts).
    if (!question.authors) for (const [i, s] of fused) if (this.isRoster(i)) fused.set(i, s * ROSTER_WEIGHT);
    // Coverage is read for the first hits only; computing it for every window would cost more than the search.
    // Scope reads the cited places' coverage and the label the shown one's: each is computed once.
    const covered = new Map<number, number>();
    const coverageOf = (i: number): number => covered.get(i) ?? covered.set(i, this.coverage(read, i)).get(i)!;
    // "Hva er psykisk vold?": a window that defines just that is never put after one that does not (rerank.ts).
    const exact = q.intent === 'define' && !q.classify ? this.exactDefinitions(read, unitScores) : new Set<number>();
    const hits: Hit[] = [...fused].map(([i, score]) => ({
      ...(exact.has(i) ? { definesAsked: true } : {}),
      index: i,
      passage: this.passages[i]!,
      score,
      get coverage() {
        return coverageOf(i);
      },
      get ranks() {
        return viewRanks.map((r) => r.get(i) ?? 0);
      },
    }));
    // Windows tied in the fusion are told apart by their best unit: the answer in one place.
    const evidence = new Map<number, number>();
    const tieBreak = (h: Hit): number => evidence.get(h.index) ?? evidence.set(h.index, this.unitEvidence(q, h.index)).get(h.index)!;
    return hits.sort((a, b) => b.score - a.score || tieBreak(b) - tieBreak(a));
  }

  /**
   * The one document whose municipality the question names as written ("… i Meråker?",
   * "meråkerplanen"), or undefined when it names none or several. A name only a glossary synonym
   * supplies does not count: "bekymret" read as a title word names no plan.
   */
  namedDocument(question: AnalyzedQuestion): number | undefined {
    // A name is a word of the question or a part of its compound, inside what the asker wrote.
    const words = question.groups.map((g) => nameKey(g.word));
    const keys = question.groups.flatMap((g) => [nameKey(g.word), ...[...g.terms.keys()].map(fold)]);
    const written = keys.filter((k) => words.some((w) => w.includes(k)));
    const named = this.names.flatMap((n, d) => (written.some((k) => n.labels.has(k)) ? [d] : []));
    return named.length === 1 ? named[0] : undefined;
  }

  /** Whether most words of a window name the people of the plan's working group. */
  private isRoster(window: number): boolean {
    this.rosters ??= this.unitsByWindow.map((us) => rosterShare(us.map((u) => this.units[u]!.text)) >= 0.5);
    return this.rosters[window]!;
  }

  /** Windows holding a phrase the question quotes, as written ('Tidlig inn'): one point a phrase. */
  private phraseScores(phrases: string[], addressed: Map<number, number>): Map<number, number> {
    const out = new Map(addressed);
    if (phrases.length === 0) return out;
    this.folded ??= this.passages.map((p) => ` ${normalizeText(`${p.trail}\n${p.text}`).replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
    for (const ph of phrases) {
      const holding = this.folded.flatMap((text, i) => (text.includes(` ${ph} `) ? [i] : []));
      // A phrase many windows hold ("nær relasjon") names nothing in particular.
      if (holding.length > PHRASE_WINDOWS) continue;
      for (const i of holding) out.set(i, (out.get(i) ?? 0) + 1);
    }
    return out;
  }

  /**
   * The keys of a question that asks for a link which may name what it asks: a name as written
   * ("Tidlig inn", "NKVTS"), or a word few windows hold ("svangerskapsomsorgen"); never the
   * municipality's name or a common word ("vold", "barn"), which half the addresses hold.
   */
  addressKeys(q: AnalyzedQuestion): string[] {
    const isName = (w: string): boolean => this.names.some((n) => n.labels.has(nameKey(w)) || n.places.has(nameKey(w)));
    // A word the documents never use ("dating") is no name of theirs either.
    const rare = (w: string): boolean => this.words.has(termOf(w)) && this.words.idf(termOf(w)) >= RARE_IDF;
    return [...new Set((q.addresses ?? []).filter((k) => !k.words.some(isName) && (k.named || k.words.some(rare))).map((k) => k.key))];
  }

  /**
   * Asked for a link: per window, how many of the question's address keys (web-addresses.ts) its
   * addresses spell. An address spells what was asked as a quoted phrase names it, and a key
   * many windows' addresses hold names nothing in particular.
   */
  private addressScores(keys: string[]): Map<number, number> {
    const out = new Map<number, number>();
    if (keys.length === 0) return out;
    this.addressed ??= this.passages.map((p) => addressLetters(p.text));
    for (const key of keys) {
      const holding = this.addressed.flatMap((letters, i) => (letters.some((a) => spells(a, key)) ? [i] : []));
      if (holding.length > PHRASE_WINDOWS) continue;
      for (const i of holding) out.set(i, (out.get(i) ?? 0) + 1);
    }
    return out;
  }

  /**
   * Units of the type the question asks for that are about what it asks: a unit with a time, a
   * role, a number or a phone number that, with its heading, holds most of the question's words.
   */
  private typed(q: AnalyzedQuestion): Map<number, number> {
    const out = new Map<number, number>();
    if (q.intent === 'other' || q.intent === 'howto' || q.intent === 'define') return out;
    // With its heading: the cell that says when ("Tidsrom: …") holds none of the question's words itself.
    for (const [u, s] of this.unitTrailIndex.score(q.terms)) {
      const kind = this.units[u]!.kind;
      if (kind === 'heading' || kind === 'label') continue;
      if (this.unitIntents[u]!.has(q.intent) && this.share(q, this.unitTerms[u]!) >= TYPED_SHARE) out.set(u, s);
    }
    return out;
  }

  /**
   * Definitions of what a "what is" question is about ("hva er", "hvordan beskrives", "hvem
   * regnes som"): units whose defined term holds most of the question's words, and whose words
   * are mostly the question's.
   */
  private definitions(q: AnalyzedQuestion, unitScores: Map<number, number>): Map<number, number> {
    const out = new Map<number, number>();
    // What is asked about is in the asking sentence: an aside ("hørte det på et kurs") is not part of the term.
    const asking = q.groups.filter((g) => g.weight >= 1);
    const asked = asking.length > 0 ? { ...q, groups: asking } : q;
    // "Er det vold?" asks which kind a told case is: the definition of a kind the telling names answers.
    const kind = q.classify === true;
    for (const [u, s] of unitScores) {
      const term = this.definedTerms[u]!;
      if (term.size === 0) continue;
      const inQuestion = [...term].filter((t) => q.terms.has(t)).length;
      if ((kind || this.share(asked, term) >= TYPED_SHARE) && inQuestion / term.size >= (kind ? 1 : TYPED_SHARE)) out.set(u, s);
    }
    return out;
  }

  /** Windows holding a unit whose defined term is the whole of what the question asks about, and no more. */
  private exactDefinitions(q: AnalyzedQuestion, unitScores: Map<number, number>): Set<number> {
    const out = new Set<number>();
    const asking = q.groups.filter((g) => g.weight >= 1);
    const asked = asking.length > 0 ? asking : q.groups;
    for (const u of unitScores.keys()) {
      const term = this.definedTerms[u]!;
      if (term.size === 0 || ![...term].every((t) => q.terms.has(t))) continue;
      // Every word asked about, as written and not only its stem ("Trygghet for alle" is not "Trygg - fri fra vold").
      const written = normalizeText(this.units[u]!.term).split(/[^\p{L}\p{N}]+/u);
      if (!asked.every((g) => written.some((w) => w.startsWith(g.word.slice(0, Math.max(4, g.word.length - 2)))))) continue;
      for (const w of this.units[u]!.windows) out.add(w);
    }
    return out;
  }

  /**
   * Whether a window holds the definition of a kind of violence a told case names ("Er dette
   * vold?" after "sønnen knuser tingene hans" names materiell): a unit whose whole defined term
   * the question holds.
   */
  definesToldKind(q: AnalyzedQuestion, windowIndex: number): boolean {
    const told = toldTerms(q);
    // "Telefon: 478 …" opens like a definition but names a way to call, no kind.
    return told.size > 0 && this.unitsByWindow[windowIndex]!.some((u) => namesToldKind(this.definedTerms[u]!, q.terms, told) && !fitsIntent('contact', this.units[u]!));
  }

  /** The idf-weighted share of the question's words found in a set of terms. */
  private share(q: AnalyzedQuestion, terms: ReadonlySet<string>): number {
    let total = 0;
    let covered = 0;
    for (const g of q.groups) {
      let w = 0;
      let found = false;
      for (const t of g.terms.keys()) {
        w = Math.max(w, this.idf(t));
        found ||= terms.has(t);
      }
      w *= g.weight;
      total += w;
      if (found) covered += w;
    }
    return total > 0 ? covered / total : 0;
  }

  /** The idf-weighted share of the question's words a text holds, counted as `coverage` counts. */
  textShare(q: AnalyzedQuestion, text: string): { share: number; missing: number } {
    return this.coverageOf(q, new Set(wordTerms(contentWords(text).map((w) => w.word), this.vocab)));
  }

  /**
   * The idf-weighted share of the question's words a passage (with its heading) holds. A word
   * counts by its best term: itself, its spelling guess, or its compound parts. A word the
   * documents never use weighs as much as the rarest word: it is what a question from outside
   * the field looks like.
   */
  /** The index terms of a window and its heading. */
  termsOf(i: number): ReadonlySet<string> {
    return this.termSets[i]!;
  }

  coverage(q: AnalyzedQuestion, i: number): number {
    return this.coverageOf(q, this.termSets[i]!).share;
  }

  /** The covered share, and the largest share of one question word that is not covered at all. */
  private coverageOf(q: AnalyzedQuestion, terms: ReadonlySet<string>): { share: number; missing: number } {
    const maxIdf = this.words.idf('\u0000');
    let total = 0;
    let covered = 0;
    let missing = 0;
    for (const g of q.groups) {
      const known = [...g.terms].filter(([t]) => this.knows(t));
      const weight = (known.length ? Math.max(...known.map(([t]) => this.idf(t))) : maxIdf) * g.weight;
      total += weight;
      let best = 0;
      for (const [t, w] of g.terms) if (terms.has(t)) best = Math.max(best, w);
      covered += weight * Math.min(1, best);
      if (best === 0) missing = Math.max(missing, weight);
    }
    return total > 0 ? { share: covered / total, missing: missing / total } : { share: 0, missing: 0 };
  }

  /**
   * How well the best unit of a window answers the question: the share of the question's
   * words one sentence, item or row holds (with its heading), more for a unit of the asked type.
   * The whole answer in one place is better evidence than its words spread over a window.
   */
  private unitEvidence(q: AnalyzedQuestion, windowIndex: number): number {
    let best = 0;
    for (const u of this.unitsByWindow[windowIndex]!) {
      let s = this.share(q, this.unitTerms[u]!);
      if (this.unitIntents[u]!.has(q.intent)) s *= UNIT_TYPE_BONUS;
      if (s > best) best = s;
    }
    return best;
  }

  /** Keeps the best window of each stretch of text: a lower one overlapping a higher one goes. */
  static distinct(hits: Hit[], n: number): Hit[] {
    const out: Hit[] = [];
    for (const h of hits) {
      if (out.length >= n) break;
      if (!out.some((o) => Retriever.overlaps(o.passage, h.passage))) out.push(h);
    }
    return out;
  }

  /** Two windows of one section that share a line. */
  static overlaps(a: Passage, b: Passage): boolean {
    return a.section === b.section && a.first <= b.last && b.first <= a.last;
  }
}
