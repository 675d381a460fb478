import type { AnswerShape } from './answer';
import type { Intent } from './intent';

/**
 * What the card's label rests on: "Svar" when the evidence that the answer holds what was asked
 * is strong, "Mulig svar" when it is not. A small logistic model over a few signals, fitted and
 * its threshold chosen by cross-validation over the dev sets (`bench/confidence-cv.ts`,
 * docs/knowledge.md), so that "Svar" is right at least nine times in ten.
 */
export interface Evidence {
  /** idf-weighted share of the question's words in the best passage and its heading. */
  coverage: number;
  /** The same share in the answer text and its heading: what the reader sees. */
  answerShare: number;
  /** The share of the one question word the answer lacks that weighs most (0 when it lacks none). */
  missing: number;
  /** How far the best passage is ahead of the next: (first − second) / first of the fused score. */
  margin: number;
  /**
   * The shown passage's fused score: how many of the retriever's views rank it high, and how high.
   * A passage every view puts first is surer than one a single view found. Its scale follows the
   * retrieval constants (rrfK, the views' weights): retuning them means refitting the label.
   */
  score: number;
  /** The reranker's probability that the shown passage holds what was asked (rerank.ts); 0 when it did not read it. */
  placeProbability: number;
  shape: AnswerShape;
  intent: Intent;
  /** The question was in English and read through the glossary. */
  english: boolean;
  /** The question told a situation before it asked. */
  situation: boolean;
  /** The answer holds the kind of fact asked for (a time, a role, a number); null when none is asked. */
  kind: boolean | null;
}

const SHAPES: AnswerShape[] = ['fact', 'definition', 'list', 'measure', 'sentence'];
const INTENTS: Intent[] = ['define', 'contact', 'who', 'when', 'howto', 'howmany'];

/** The model's inputs, in a fixed order: the signals, then one-hot shape and intent. */
export function features(e: Evidence): number[] {
  return [
    e.coverage,
    e.answerShare,
    e.missing,
    Math.min(1, e.margin * 4),
    e.english ? 1 : 0,
    e.situation ? 1 : 0,
    e.kind === true ? 1 : 0,
    e.kind === false ? 1 : 0,
    ...SHAPES.map((s) => (e.shape === s ? 1 : 0)),
    ...INTENTS.map((i) => (e.intent === i ? 1 : 0)),
    e.score * 10,
    e.placeProbability,
  ];
}

export interface ConfidenceModel {
  bias: number;
  weights: number[];
  /** Probability from which the card says "Svar". */
  threshold: number;
}

/**
 * Fitted on the 15 dev QA sets (1,986 answers, places reranked; `npx tsx bench/confidence-cv.ts ../shared/plans`);
 * the threshold chosen on the 16 sets' 2,186 answers as the cards show them, at target 0.905 (docs/knowledge.md).
 */
export const CONFIDENCE: ConfidenceModel = {
  bias: -3.763,
  weights: [-1.32, 2.823, -1.071, 0.527, -0.525, 0.019, 0.198, -0.64, 0.222, -0.46, 0.617, -0.037, -0.233, -0.213, 0.053, -0.261, 0.276, 0.11, -0.356, 1.736, 3.588],
  threshold: 0.775,
};

/** The probability that the answer holds what was asked. */
export function confidence(e: Evidence, model: ConfidenceModel = CONFIDENCE): number {
  const x = features(e);
  const z = model.weights.reduce((sum, w, k) => sum + w * (x[k] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}
