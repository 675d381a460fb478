import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseQuestions } from '../src/knowledge/metrics';

const EVAL = join(__dirname, '..', 'eval');

export interface DevQuestion {
  q: string;
  expect: string[];
}

/**
 * Every question with expected answers of the shared dev sets (beside `plans`) and of eval/dev*,
 * by set. Each set was written by another helper in another style: what is learnt from them is
 * measured by leaving one set out at a time. The held-out sets (eval/holdout*) are never read.
 */
export function devQuestionSets(plans: string): Map<string, DevQuestion[]> {
  const shared = join(plans, '..', 'eval');
  const files = [
    ...readdirSync(shared).filter((f) => /^qa-.*\.jsonl$/.test(f)).map((f) => join(shared, f)),
    ...readdirSync(EVAL)
      .filter((d) => /^dev\d+$/.test(d))
      .flatMap((d) => readdirSync(join(EVAL, d)).filter((f) => f.endsWith('.jsonl')).map((f) => join(EVAL, d, f))),
  ];
  const sets = new Map<string, DevQuestion[]>();
  for (const file of files) {
    const qs = parseQuestions(readFileSync(file, 'utf8')).filter((q) => q.expect && q.expect.length > 0);
    if (qs.length > 0) sets.set(basename(file, '.jsonl'), qs.map((q) => ({ q: q.q, expect: q.expect! })));
  }
  return sets;
}
