import type { SetReport } from './metrics';

/** Lower bounds for one question set; rates are shares (0..1), `falseAlarms` an upper bound. */
export interface SetThresholds {
  hit1?: number;
  hit3?: number;
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
  if (t.answered !== undefined) checks.push(['answered', share(r.answered, r.inScope), t.answered, share(r.answered, r.inScope) >= t.answered]);
  if (t.refused !== undefined) checks.push(['refused', share(r.refused, r.outOfField), t.refused, share(r.refused, r.outOfField) >= t.refused]);
  if (t.emergencies !== undefined) checks.push(['emergencies', share(r.detected, r.emergencies), t.emergencies, share(r.detected, r.emergencies) >= t.emergencies]);
  if (t.falseAlarms !== undefined) checks.push(['false alarms', r.falseAlarms, t.falseAlarms, r.falseAlarms <= t.falseAlarms]);
  const lines = checks.map(([what, got, bound, ok]) => `${name}: ${what} ${got.toFixed(3)} (${what === 'false alarms' ? '<=' : '>='} ${bound}) ${ok ? 'pass' : 'FAIL'}`);
  return { lines, ok: checks.every((c) => c[3]) };
}
