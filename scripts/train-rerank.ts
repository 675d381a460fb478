/**
 * Trains the reranker (src/knowledge/rerank.ts) on the dev sets with expected answers: for each
 * question, the first places of the fused list, each labelled by whether its passage holds an
 * expected string. Each set's places are found with the expansions learnt on the other sets, as
 * a question nobody asked before is searched. Held out by set, the whole `ask` is measured with
 * the model fitted on the other sets, against the fused order with the same expansions.
 *
 *   npm run -s train:rerank [-- --plans PLANS_DIR] [--write]
 *
 * --write saves the model fitted on all sets.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../src/knowledge';
import { loadDirectory } from '../src/knowledge/loaders';
import { holdsFact } from '../src/knowledge/reading';
import { NO_RERANK } from '../src/knowledge/rerank';
import { DevFolds } from './dev-folds';
import { devQuestionSets, type DevQuestion } from './dev-questions';

const OUT = join(__dirname, '..', 'src', 'knowledge', 'rerank-model.json');

interface Score {
  holds: number;
  hit1: number;
  hit3: number;
  n: number;
}

const f3 = (x: number, n: number): string => (x / Math.max(1, n)).toFixed(3);
const show = (s: Score): string => `holds ${f3(s.holds, s.n)}, hit@1 ${f3(s.hit1, s.n)}, hit@3 ${f3(s.hit3, s.n)} (${s.n} questions)`;

/** The whole answer, as staff read it: the text holds the fact; the passage holding it is first, or among three. */
function score(kb: KnowledgeBase, qs: DevQuestion[], into: Score): void {
  for (const q of qs) {
    const r = kb.ask(q.q, { top: 3 });
    into.n++;
    if (holdsFact(r.answer, q.expect)) into.holds++;
    if (r.citations[0] && holdsFact(r.citations[0].text, q.expect)) into.hit1++;
    if (r.citations.some((c) => holdsFact(c.text, q.expect))) into.hit3++;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const plans = argv.includes('--plans') ? argv[argv.indexOf('--plans') + 1]! : join(__dirname, '..', '..', 'shared', 'plans');
  const { documents } = await loadDirectory(plans);
  const kb = KnowledgeBase.fromDocuments(documents, { expansions: new Map(), reranker: NO_RERANK });
  const folds = new DevFolds(kb, devQuestionSets(plans));
  console.log(`${folds.names.length} sets, ${[...folds.sets.values()].flat().length} questions`);
  const fused: Score = { holds: 0, hit1: 0, hit3: 0, n: 0 };
  const reranked: Score = { holds: 0, hit1: 0, hit3: 0, n: 0 };
  for (const name of folds.names) {
    folds.holdOut(name);
    score(kb, folds.sets.get(name)!, reranked);
    kb.useReranker(NO_RERANK);
    score(kb, folds.sets.get(name)!, fused);
  }
  console.log(`held out by set, the fused order: ${show(fused)}`);
  console.log(`held out by set, reranked:        ${show(reranked)}`);
  if (argv.includes('--write')) {
    const model = folds.rerankerWithout();
    const r4 = (x: number): number => Math.round(x * 10000) / 10000;
    writeFileSync(OUT, `${JSON.stringify({ depth: model.depth, bias: r4(model.bias), weights: model.weights.map(r4) })}\n`);
    console.log(`wrote ${OUT}`);
  }
}

void main();
