/**
 * The questions the scope models learn from: every line of the blind dev sets in eval/dev* and
 * the sample municipality's own questions, each set another writer's style. A line is from the
 * field unless marked `"answered": false`; emergencies are answered whatever the guard reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledText } from '../src/knowledge/word-model';

const EVAL = join(__dirname, '..', 'eval');
const SAMPLE = join(__dirname, '..', 'data', 'eksempel-kommune');

export interface ScopeLine extends LabelledText {
  emergency: boolean;
}

/** Every line of a set's files. */
function readSet(dir: string): ScopeLine[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'))
    .map((line) => JSON.parse(line) as { q: string; answered?: boolean; emergency?: boolean })
    .map((q) => ({ text: q.q, positive: q.answered !== false, emergency: q.emergency === true }));
}

/** The sets by name, in order: dev3, dev4 … and the sample's. */
export function scopeSets(): Map<string, ScopeLine[]> {
  return new Map([
    ...readdirSync(EVAL)
      .filter((d) => /^dev\d+$/.test(d))
      .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
      .map((d) => [d, readSet(join(EVAL, d))] as const),
    // The sample municipality's own questions are the product's too: staff ask them in its words.
    ['sample', readSet(SAMPLE)] as const,
  ]);
}
