import { createHash } from 'node:crypto';
import { termOf, type AnalyzedQuestion } from './analyzer';
import { collapse } from './normalize';
import type { LoadedDocument } from './types';
import trained from './expansion-model.json';

/**
 * Staff ask in their own words ("hjemmesykepleien", "pengene hennes", "opplegg"); the plans
 * answer in theirs ("TryggEst", "økonomisk vold", "tiltak"). What the glossary does by hand for
 * words we thought of, this does from the dev questions: for each word staff asked with, the plan
 * terms the passages that answered them hold far more often than passages that answer other
 * questions. Those terms are added to the word's group, below the word's own weight, for ranking
 * only: what a passage holds of the question, for scope and the label, is still read from the
 * question's own words. Learnt by `npm run -s train:expansions`, which chooses the settings by
 * leaving one dev set out at a time (docs/knowledge.md).
 *
 * What was learnt is learnt about the documents the questions were asked of: it is used only by a
 * library that holds one of them (by the fingerprint of its text). Another municipality's
 * documents are searched with the question's own words, as before.
 */

/** Per question word (its index term), the document terms to add with their weight (0–1). */
export type Expansions = ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;

/** How expansions are learnt. */
export interface ExpansionSettings {
  /** Weight of an added term, times the share of the word's questions whose answer held it. */
  weight: number;
  /** How many times more often the term must be in the word's answers than in answers overall. */
  lift: number;
  /** The least share of the word's questions whose answer holds the term. */
  share: number;
  /** The least number of the word's questions whose answer holds the term. */
  minCount: number;
  /** The most terms added per word. */
  perWord: number;
}

/** One dev question as learning reads it. */
export interface ExpansionSample {
  /** The index terms of the question's words (one per word). */
  words: ReadonlySet<string>;
  /** Every term the question already searches for: its words, guesses, parts and synonyms. */
  terms: ReadonlySet<string>;
  /** The terms of the passages that answer it. */
  answer: ReadonlySet<string>;
}

/** The terms each question word was answered with, beyond chance (`settings`). */
export function learnExpansions(samples: readonly ExpansionSample[], settings: ExpansionSettings): Map<string, Array<[string, number]>> {
  const asked = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  const anywhere = new Map<string, number>();
  for (const s of samples) {
    for (const t of s.answer) anywhere.set(t, (anywhere.get(t) ?? 0) + 1);
    for (const w of s.words) {
      asked.set(w, (asked.get(w) ?? 0) + 1);
      const counts = together.get(w) ?? together.set(w, new Map()).get(w)!;
      for (const t of s.answer) if (!s.terms.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const out = new Map<string, Array<[string, number]>>();
  for (const [w, counts] of together) {
    const n = asked.get(w)!;
    const kept: Array<[string, number]> = [];
    for (const [t, k] of counts) {
      // A number or a section number ("2022", "1.3") names one passage, not what staff ask about.
      if (!/\p{L}{3}/u.test(t)) continue;
      const share = k / n;
      const base = anywhere.get(t)! / samples.length;
      if (k >= settings.minCount && share >= settings.share && share / base >= settings.lift) kept.push([t, share]);
    }
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (kept.length > 0) out.set(w, kept.slice(0, settings.perWord).map(([t, share]) => [t, Math.round(settings.weight * share * 1000) / 1000]));
  }
  return out;
}

/** The question with each word's learnt terms added to its group, weighed like the word. */
export function expandQuestion(q: AnalyzedQuestion, expansions: Expansions): AnalyzedQuestion {
  let changed = false;
  const groups = q.groups.map((g) => {
    const more = expansions.get(termOf(g.word));
    if (!more) return g;
    const terms = new Map(g.terms);
    for (const [t, w] of more) if (!terms.has(t)) terms.set(t, w * g.weight);
    changed = true;
    return { ...g, terms };
  });
  if (!changed) return q;
  const terms = new Map<string, number>();
  for (const g of groups) for (const [t, w] of g.terms) terms.set(t, Math.max(terms.get(t) ?? 0, w));
  return { ...q, groups, terms };
}

/** The stored model: the settings it was learnt with, the documents it was learnt on, and per word its terms. */
export interface ExpansionModel {
  settings: ExpansionSettings;
  /** Fingerprints (`fingerprint`) of the documents the questions were asked of. */
  documents: string[];
  words: Record<string, Array<[string, number]>>;
}

/** A document's text, whitespace aside, as a short hash: the same text read again has the same one. */
export function fingerprint(doc: LoadedDocument): string {
  return createHash('sha256').update(collapse(doc.pages.map((p) => p.text).join('\n'))).digest('hex').slice(0, 16);
}

const MODEL = trained as unknown as ExpansionModel;
const LEARNT = new Map(Object.entries(MODEL.words));
const LEARNT_ON = new Set(MODEL.documents);
const NOTHING: Expansions = new Map();

/** The learnt expansions, for a library holding a document they were learnt on; none otherwise. */
export function expansionsFor(docs: readonly LoadedDocument[]): Expansions {
  return docs.some((d) => LEARNT_ON.has(fingerprint(d))) ? LEARNT : NOTHING;
}
