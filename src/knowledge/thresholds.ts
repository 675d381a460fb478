import type { SetReport } from './metrics';

/** Lower bounds for one question set; rates are shares (0..1), `falseAlarms` an upper bound. */
export interface SetThresholds {
  hit1?: number;
  hit3?: number;
  /** Share of answers whose text holds the fact. */
  holds?: number;
  /** Most share of fragments allowed. */
  fragments?: number;
  /** Longest median and 90th-percentile answer length allowed, in words. */
  wordsMedian?: number;
  wordsP90?: number;
  /** Lowest precision of "Svar", and lowest share of right answers labelled "Svar". */
  svarPrecision?: number;
  svarRecall?: number;
  /** Share of in-scope questions answered. */
  answered?: number;
  /** Share of out-of-field questions refused. */
  refused?: number;
  /** Share of emergencies detected. */
  emergencies?: number;
  /** Most false alarms allowed. */
  falseAlarms?: number;
}

/** Checks a set's report against its thresholds; returns one line per check and whether all passed. */
export function checkThresholds(name: string, r: SetReport, t: SetThresholds): { lines: string[]; ok: boolean } {
  const checks: Array<[string, number, number, boolean]> = [];
  const share = (a: number, n: number): number => (n === 0 ? 1 : a / n);
  if (t.hit1 !== undefined) checks.push(['hit@1', r.hit1, t.hit1, r.hit1 >= t.hit1]);
  if (t.hit3 !== undefined) checks.push(['hit@3', r.hit3, t.hit3, r.hit3 >= t.hit3]);
  if (t.holds !== undefined) checks.push(['holds the fact', r.holds, t.holds, r.holds >= t.holds]);
  if (t.fragments !== undefined) checks.push(['fragments', r.fragments, t.fragments, r.fragments <= t.fragments]);
  if (t.wordsMedian !== undefined) checks.push(['words median', r.wordsMedian, t.wordsMedian, r.wordsMedian <= t.wordsMedian]);
  if (t.wordsP90 !== undefined) checks.push(['words p90', r.wordsP90, t.wordsP90, r.wordsP90 <= t.wordsP90]);
  if (t.svarPrecision !== undefined) checks.push(['"Svar" precision', r.svarPrecision, t.svarPrecision, r.svarPrecision >= t.svarPrecision]);
  if (t.svarRecall !== undefined) checks.push(['right answers labelled "Svar"', r.svarRecall, t.svarRecall, r.svarRecall >= t.svarRecall]);
  if (t.answered !== undefined) checks.push(['answered', share(r.answered, r.inScope), t.answered, share(r.answered, r.inScope) >= t.answered]);
  if (t.refused !== undefined) checks.push(['refused', share(r.refused, r.outOfField), t.refused, share(r.refused, r.outOfField) >= t.refused]);
  if (t.emergencies !== undefined) checks.push(['emergencies', share(r.detected, r.emergencies), t.emergencies, share(r.detected, r.emergencies) >= t.emergencies]);
  if (t.falseAlarms !== undefined) checks.push(['false alarms', r.falseAlarms, t.falseAlarms, r.falseAlarms <= t.falseAlarms]);
  const upper = new Set(['false alarms', 'fragments', 'words median', 'words p90']);
  const lines = checks.map(([what, got, bound, ok]) => `${name}: ${what} ${got.toFixed(3)} (${upper.has(what) ? '<=' : '>='} ${bound}) ${ok ? 'pass' : 'FAIL'}`);
  return { lines, ok: checks.every((c) => c[3]) };
}
