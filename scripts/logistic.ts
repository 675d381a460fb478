/** A labelled example: its inputs, 1 or 0, and the set it is from (each set is held out in turn). */
export interface Sample {
  x: number[];
  y: number;
  group: string;
}

/**
 * Logistic regression by gradient descent with a small L2 penalty, on inputs scaled to mean 0 and
 * standard deviation 1 (so one rate suits inputs of any range), returned on the raw inputs.
 */
export function fitLogistic(samples: Sample[], epochs = 1500, rate = 0.5, l2 = 0.001): { bias: number; weights: number[] } {
  const d = samples[0]?.x.length ?? 0;
  const n = Math.max(1, samples.length);
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const s of samples) s.x.forEach((v, k) => (mean[k]! += v / n));
  for (const s of samples) s.x.forEach((v, k) => (sd[k]! += (v - mean[k]!) ** 2 / n));
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]!) || 1;
  const xs = samples.map((s) => s.x.map((v, k) => (v - mean[k]!) / sd[k]!));
  let bias = 0;
  const w = new Array<number>(d).fill(0);
  for (let e = 0; e < epochs; e++) {
    let gb = 0;
    const gw = new Array<number>(d).fill(0);
    xs.forEach((x, i) => {
      const z = x.reduce((acc, v, k) => acc + v * w[k]!, bias);
      const err = 1 / (1 + Math.exp(-z)) - samples[i]!.y;
      gb += err;
      for (let k = 0; k < d; k++) gw[k]! += err * x[k]!;
    });
    bias -= (rate * gb) / n;
    for (let k = 0; k < d; k++) w[k]! -= rate * (gw[k]! / n + l2 * w[k]!);
  }
  const weights = w.map((v, k) => v / sd[k]!);
  return { bias: bias - w.reduce((acc, v, k) => acc + (v * mean[k]!) / sd[k]!, 0), weights };
}
