/**
 * A small logistic model over the words of a message: its words, word pairs and character
 * 4-grams (which absorb inflection, Nynorsk and typos). The emergency model and the field model
 * are both of this kind, each trained on the blind dev sets in `eval/`.
 */

/** A message and whether it is of the class the model looks for. */
export interface LabelledText {
  text: string;
  positive: boolean;
}

/** A fitted model: a bias and a weight per feature. */
export interface WordWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty per feature. */
  l2: number;
  epochs: number;
  learningRate: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { l2: 0.001, epochs: 300, learningRate: 0.5 };

/** The features of a message: its words, word pairs and each word's character 4-grams. */
export function features(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  words.forEach((w, k) => {
    out.add(`w:${w}`);
    if (k > 0) out.add(`b:${words[k - 1]} ${w}`);
    const padded = ` ${w} `;
    for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
  });
  return [...out];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that a message is of its class. */
export function probability(model: WordWeights, text: string): number {
  let z = model.bias;
  for (const f of features(text)) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/**
 * Training reads the same messages many times over (once per held-out fold): each message's
 * features are read once, as numbers. Only the training scripts fill these.
 */
const featureIds = new Map<string, number>();
const featureNames: string[] = [];
const rowCache = new Map<string, Int32Array>();

function featureRow(text: string): Int32Array {
  let row = rowCache.get(text);
  if (!row) {
    row = Int32Array.from(features(text), (f) => {
      let id = featureIds.get(f);
      if (id === undefined) {
        id = featureNames.length;
        featureIds.set(f, id);
        featureNames.push(f);
      }
      return id;
    });
    rowCache.set(text, row);
  }
  return row;
}

/**
 * Fits the weights by full-batch gradient descent with AdaGrad steps, each class weighing half,
 * from zero: the same examples give the same model. Features seen in one example only are left
 * out: they are names and typos, and would learn the training set by heart.
 */
export function trainWords(examples: LabelledText[], options: TrainOptions = TRAIN_DEFAULTS): WordWeights {
  const rows = examples.map((e) => featureRow(e.text));
  const counts = new Int32Array(featureNames.length);
  for (const r of rows) for (const f of r) counts[f]!++;
  // Kept features are numbered in the order they first appear, as the weights are written.
  const local = new Int32Array(featureNames.length).fill(-1);
  const kept: number[] = [];
  for (const r of rows) {
    for (const f of r) {
      if (counts[f]! >= 2 && local[f]! < 0) {
        local[f] = kept.length;
        kept.push(f);
      }
    }
  }
  // The examples' kept features, one after another (start[k] to start[k + 1]).
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, k) => (start[k + 1] = start[k]! + r.filter((f) => local[f]! >= 0).length));
  const x = new Int32Array(start[rows.length]!);
  rows.forEach((r, k) => {
    let at = start[k]!;
    for (const f of r) if (local[f]! >= 0) x[at++] = local[f]!;
  });
  const positives = examples.filter((e) => e.positive).length;
  const y = Float64Array.from(examples, (e) => (e.positive ? 1 : 0));
  const classWeight = Float64Array.from(examples, (e) => 0.5 / Math.max(1, e.positive ? positives : examples.length - positives));
  const n = kept.length;
  const w = new Float64Array(n);
  const g2 = new Float64Array(n).fill(1e-8);
  const grad = new Float64Array(n);
  // The bias and its squared-gradient sum live in an array, as the weights do: on Node 24 a
  // full test run once returned a bias that differed from the same training's earlier result
  // while every weight matched, which points at the optimised code keeping a loop's float local.
  const b = Float64Array.of(0, 1e-8);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (let k = 0; k < rows.length; k++) {
      const from = start[k]!;
      const to = start[k + 1]!;
      let z = b[0]!;
      for (let j = from; j < to; j++) z += w[x[j]!]!;
      const err = (sigmoid(z) - y[k]!) * classWeight[k]!;
      gb += err;
      for (let j = from; j < to; j++) grad[x[j]!]! += err;
    }
    for (let i = 0; i < n; i++) {
      const g = grad[i]! + options.l2 * w[i]!;
      g2[i]! += g * g;
      w[i]! -= (options.learningRate * g) / Math.sqrt(g2[i]!);
    }
    b[1]! += gb * gb;
    b[0]! -= (options.learningRate * gb) / Math.sqrt(b[1]!);
  }
  const weights: Record<string, number> = {};
  kept.forEach((f, i) => {
    if (Math.abs(w[i]!) >= 1e-3) weights[featureNames[f]!] = Math.round(w[i]! * 1e4) / 1e4;
  });
  return { bias: Math.round(b[0]! * 1e4) / 1e4, weights };
}
