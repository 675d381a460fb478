import { contentWords, type AnalyzedQuestion, type WordGroup } from './analyzer';
import { BROADER, SAME_MEANING } from './glossary';
import type { Intent } from './intent';
import { NO_STAFF_WORDS, type StaffWords } from './synonyms';

/**
 * A question → answer pair a coordinator has approved (the list "Kuraterte svar"). Shown instead
 * of the engine's answer when a question matches it well enough.
 */
export interface CuratedEntry {
  /** Stable within one reading of the list: the item id, or the row in the file. */
  id: string;
  /** Ways staff ask it, the first the main question; at least one. */
  questions: string[];
  /** The approved answer, shown as written. */
  answer: string;
  /** What the answer rests on ("Handlingsveileder, «Hvis du er bekymret for et barn»"). */
  source: string;
  /** A link to the source (http or https), when there is one. */
  link?: string;
}

/** The municipality's own data the engine reads questions with: curated answers and staff words. */
export interface CuratedData {
  answers: readonly CuratedEntry[];
  staffWords: StaffWords;
}

/** No curated answers and no staff words: the engine alone. */
export const NO_CURATED: CuratedData = { answers: [], staffWords: NO_STAFF_WORDS };

/** A curated answer that matched a question, and how well. */
export interface CuratedMatch {
  entry: CuratedEntry;
  /** The variant that matched best (index into entry.questions). */
  variant: number;
  score: number;
}

/**
 * How a question is matched against the curated answers (see `CuratedMatcher`). Chosen on the dev
 * sets and on paraphrases of the sample curated questions (bench/curated-match.ts).
 */
export interface MatchOptions {
  /** The score a match must reach (0..1). */
  threshold: number;
  /** Weight of the best variant's coverage by the question, against the question's coverage by the entry. */
  variantWeight: number;
  /** Share of its best variant the question must hold. */
  minVariant: number;
  /** What a word of the question the documents never use weighs, as a share of the rarest word's weight (often an everyday word). */
  unknownWeight: number;
  /** What the words of the entry's other variants count for in the question's coverage (0: the one variant only). */
  poolWeight: number;
  /** How much less a variant asking another kind of question counts ("hvem ringer jeg" for "hva gjør jeg"). */
  intentPenalty: number;
  /** The largest share of the question one word the variant lacks entirely may have: a question about something else. */
  maxMissing: number;
  /** What the words of the approved answer itself count for in the question's coverage ("natt" meets "om kvelden og i helgen"'s answer). */
  answerWeight: number;
  /**
   * The share of a variant from which a question holding it is taken as asking it, whatever else
   * it tells: a worried employee wraps the coordinator's question in a situation ("har en gutt i
   * klassen som … hva gjør jeg da?"), whose words no variant has. Above 1: off.
   */
  wholeVariant: number;
}

export const MATCH_DEFAULTS: MatchOptions = { threshold: 0.55, variantWeight: 0.3, minVariant: 0.3, unknownWeight: 0.1, poolWeight: 0.5, intentPenalty: 0.15, maxMissing: 0.5, answerWeight: 0.3, wholeVariant: 1 };

/** A text read as the engine reads a question, with the weight of each word. */
interface ReadText {
  intent: Intent;
  groups: Array<{ group: WordGroup; importance: number }>;
  /** Every term with its best weight, for the other side's lookups. */
  terms: Map<string, number>;
}

/** Intents a curated answer may answer for each other: who to call, who helps, what to do. */
const ACTION: ReadonlySet<Intent> = new Set(['contact', 'who', 'howto']);

/** A question of one kind is not answered by an answer to another ("how many" by "who to call"). */
function compatible(a: Intent, b: Intent): boolean {
  return a === b || a === 'other' || b === 'other' || (ACTION.has(a) && ACTION.has(b));
}

/**
 * Matches questions against curated answers, lexically and the way the engine reads a question:
 * the same analyzer (stems, compounds, spelling guesses, Nynorsk and English through the
 * glossary, general words and staff words at half weight). A word weighs its idf in the
 * documents. For each variant of an answer, the score is a weighted mean of two coverages: how
 * much of the variant the question holds, and how much of the question the variant holds (with
 * the answer's other variants at `poolWeight`), each word counted by its best shared term; the
 * answer's score is that of its best variant (docs/knowledge.md, "Curated answers").
 */
export class CuratedMatcher {
  private readonly entries: Array<{ entry: CuratedEntry; variants: ReadText[]; words: Map<string, number> }> = [];

  constructor(
    data: CuratedData,
    private readonly analyze: (text: string) => AnalyzedQuestion,
    private readonly idf: (term: string) => number | undefined,
    private readonly maxIdf: number,
    private readonly options: MatchOptions = MATCH_DEFAULTS,
  ) {
    for (const entry of data.answers) {
      // Every word of a variant was chosen by a coordinator: one the documents never use ("bevis",
      // "konkret") is what sets the answer apart, and weighs as the rarest word.
      const variants = entry.questions.map((q) => this.read(this.analyze(q), 1)).filter((v) => v.groups.length > 0);
      if (variants.length === 0) continue;
      const words = new Map<string, number>();
      for (const v of variants) for (const [t, w] of v.terms) words.set(t, Math.max(words.get(t) ?? 0, w * options.poolWeight));
      if (options.answerWeight > 0) {
        for (const [t, w] of this.read(this.analyze(entry.answer), 1).terms) words.set(t, Math.max(words.get(t) ?? 0, w * options.answerWeight));
      }
      this.entries.push({ entry, variants, words });
    }
  }

  /** The best curated answer for a question, if it clears the threshold. */
  match(question: string): CuratedMatch | undefined {
    const best = this.rank(question)[0];
    return best && best.score >= this.options.threshold ? best : undefined;
  }

  /** Every entry with its score for a question, best first (for tuning). */
  rank(question: string): CuratedMatch[] {
    if (this.entries.length === 0) return [];
    const q = this.read(this.analyze(question));
    if (q.groups.length === 0) return [];
    const out: CuratedMatch[] = [];
    for (const { entry, variants, words } of this.entries) {
      let best = { variant: -1, score: 0 };
      variants.forEach((v, k) => {
        if (!compatible(q.intent, v.intent)) return;
        const w = this.options.variantWeight;
        const ofVariant = covered(v.groups, q.terms);
        if (ofVariant < this.options.minVariant) return;
        // The question's words found in this variant, or (at less weight) in the entry's other variants.
        const pool = merged(v.terms, words);
        const ofQuestion = covered(q.groups, pool);
        if (missing(q.groups, pool) > this.options.maxMissing) return;
        const same = q.intent === v.intent || q.intent === 'other' || v.intent === 'other';
        const blended = (w * ofVariant + (1 - w) * ofQuestion) * (same ? 1 : 1 - this.options.intentPenalty);
        const score = ofVariant >= this.options.wholeVariant - 1e-9 ? Math.max(blended, this.options.threshold) : blended;
        if (score > best.score) best = { variant: k, score };
      });
      if (best.variant >= 0) out.push({ entry, variant: best.variant, score: best.score });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /** `unknownWeight`: what a word the documents never use weighs, as a share of the rarest word's weight. */
  private read(a: AnalyzedQuestion, unknownWeight = this.options.unknownWeight): ReadText {
    // A word of the situation weighs less as a whole (its importance), not in how well it is found:
    // its terms are compared at the weight they have within the word.
    const own = a.groups.map((g) => ({ ...g, terms: new Map([...g.terms].map(([t, w]) => [t, g.weight > 0 ? w / g.weight : w])) }));
    const terms = new Map<string, number>();
    for (const g of own) for (const [t, w] of g.terms) terms.set(t, Math.max(terms.get(t) ?? 0, w));
    const groups = own.map((group) => {
      const known = [...group.terms.keys()].map((t) => this.idf(t)).filter((x): x is number => x !== undefined);
      return { group, importance: (known.length ? Math.max(...known) : this.maxIdf * unknownWeight) * group.weight };
    });
    return { intent: a.intent, groups, terms };
  }
}

/** The importance-weighted share of a text's words found among other terms, each by its best term. */
function covered(groups: ReadText['groups'], others: ReadonlyMap<string, number>): number {
  let total = 0;
  let found = 0;
  for (const { group, importance } of groups) {
    total += importance;
    let best = 0;
    for (const [t, w] of group.terms) {
      const o = others.get(t);
      // Two related words meet at the weaker one's weight ("slår" and "banker" both search "vold" at half).
      if (o !== undefined) best = Math.max(best, Math.min(w, o));
    }
    found += importance * Math.min(1, best);
  }
  return total > 0 ? found / total : 0;
}

/**
 * Words the matcher's reading knows besides the documents': those of the curated questions and
 * answers, the staff words and their plan words, and the glossary's everyday and general words.
 */
export function curatedVocabulary(data: CuratedData, staff: Iterable<{ word: string; planWords: string[] }> = []): string[] {
  const out = new Set<string>();
  for (const e of data.answers) for (const text of [...e.questions, e.answer]) for (const { word } of contentWords(text)) out.add(word);
  for (const s of staff) for (const w of [s.word, ...s.planWords]) out.add(w);
  for (const [k, v] of Object.entries(BROADER)) out.add(k).add(v);
  for (const group of SAME_MEANING) for (const w of group) out.add(w);
  return [...out];
}


/** The largest importance share of one word of a text that none of the other terms holds. */
function missing(groups: ReadText['groups'], others: ReadonlyMap<string, number>): number {
  let total = 0;
  let worst = 0;
  for (const { group, importance } of groups) {
    total += importance;
    if (![...group.terms.keys()].some((t) => others.has(t))) worst = Math.max(worst, importance);
  }
  return total > 0 ? worst / total : 0;
}

function merged(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [t, w] of b) if (w > (out.get(t) ?? 0)) out.set(t, w);
  return out;
}
