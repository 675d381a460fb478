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
 * Fits the weights by full-batch gradient descent with AdaGrad steps, each class weighing half,
 * from zero: the same examples give the same model. Features seen in one example only are left
 * out: they are names and typos, and would learn the training set by heart.
 */
export function trainWords(examples: LabelledText[], options: TrainOptions = TRAIN_DEFAULTS): WordWeights {
  const counts = new Map<string, number>();
  const rows = examples.map((e) => features(e.text));
  for (const r of rows) for (const f of r) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= 2) index.set(f, index.size);
  const x = rows.map((r) => r.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const positives = examples.filter((e) => e.positive).length;
  const classWeight = (e: LabelledText): number => 0.5 / Math.max(1, e.positive ? positives : examples.length - positives);
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Float64Array(index.size);
    let gb = 0;
    examples.forEach((e, k) => {
      let z = bias;
      for (const i of x[k]!) z += w[i]!;
      const err = (sigmoid(z) - (e.positive ? 1 : 0)) * classWeight(e);
      gb += err;
      for (const i of x[k]!) grad[i]! += err;
    });
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! + options.l2 * w[i]!;
      g2[i]! += g * g;
      w[i]! -= (options.learningRate * g) / Math.sqrt(g2[i]!);
    }
    b2 += gb * gb;
    bias -= (options.learningRate * gb) / Math.sqrt(b2);
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (Math.abs(w[i]!) >= 1e-3) weights[f] = Math.round(w[i]! * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}
