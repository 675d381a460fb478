import trained from './scope-model.json';

/**
 * What the scope guard reads of a question before it answers or refuses it: the rules of
 * `scope.ts` (their verdict and what they rest on) and the field word model's probability.
 */
export interface ScopeReading {
  /** The rules' verdict (`inScope`). */
  rules: boolean;
  /** The field word model's probability that the question is asked inside the field. */
  fieldProbability: number;
  /** The idf-weighted share of the question's words the best passage holds. */
  coverage: number;
  /** The question uses one of the field's own words, or tells of a close relation and harm (`inField`). */
  named: boolean;
  /** It tells of harm done or threatened (`mentionsHarm`). */
  harm: boolean;
  /** A situation told before the ask with many topic words: a case from work (`CASE_WORDS`). */
  caseTold: boolean;
  /** Words the question is read with, and English words the glossary could not read. */
  words: number;
  untranslated: number;
}

/**
 * The rules refuse by word lists and fixed bars, one at a time; the field model reads only the
 * words. A logistic model weighs them together: the field model's log-odds, what the documents
 * hold of the question, whether it names the field or tells of harm, its length, and the rules'
 * verdict. A question is answered when its probability reaches `threshold`. Trained by
 * `npm run -s train:scope` on the blind dev sets, each set held out in turn, with the threshold
 * chosen so that no more held-out questions from the field are refused than by the rules
 * alone (docs/knowledge.md).
 */
export interface ScopeModel {
  bias: number;
  weights: number[];
  threshold: number;
}

export const SCOPE_MODEL: ScopeModel = trained as ScopeModel;

/** Leaves the verdict to the rules: for measuring them alone and for training. */
export const RULES_ONLY: ScopeModel = { bias: 0, weights: [], threshold: 0 };

/** The model's inputs for a reading. */
export function scopeFeatures(r: ScopeReading): number[] {
  // The word model's probability is read as log-odds: its confident ends carry the weight.
  const p = Math.min(Math.max(r.fieldProbability, 1e-6), 1 - 1e-6);
  return [
    Math.log(p / (1 - p)),
    r.coverage,
    r.named ? 1 : 0,
    r.harm ? 1 : 0,
    r.caseTold ? 1 : 0,
    r.untranslated / Math.max(1, r.words + r.untranslated),
    Math.log(1 + r.words),
    r.rules ? 1 : 0,
  ];
}

/** The model's probability that the question is the field's. */
export function scopeProbability(r: ScopeReading, model: ScopeModel = SCOPE_MODEL): number {
  const x = scopeFeatures(r);
  return 1 / (1 + Math.exp(-model.weights.reduce((sum, w, k) => sum + w * (x[k] ?? 0), model.bias)));
}

/** Whether the question is answered: by the model, or by the rules when it has no weights. */
export function admitted(r: ScopeReading, model: ScopeModel = SCOPE_MODEL): boolean {
  if (model.weights.length === 0) return r.rules;
  return scopeProbability(r, model) >= model.threshold;
}
