/**
 * Chooses the Ask engine's constants by leave-one-out cross-validation over the union of the
 * dev question sets, and reports the held-out figure: for each question, the constants are
 * chosen on all the other questions, and that question is scored with them.
 *
 *   npx tsx bench/ask-cv.ts PLANS_DIR QUESTIONS.jsonl [MORE.jsonl …]
 */
import { readFileSync } from 'node:fs';
import { KnowledgeBase, loadDirectory } from '../src/knowledge';
import { firstHitRank } from '../src/knowledge/metrics';
import { FIELD_MODEL } from '../src/knowledge/field-model';
import { RULES_ONLY } from '../src/knowledge/scope-model';
import { RETRIEVAL_DEFAULTS, type RetrievalOptions } from '../src/knowledge/retriever';

export interface Question {
  id: string;
  q: string;
  expect: string[];
  set: string;
}

/**
 * The grid: few constants, few values each (retrieval.md: window, n, RRF k, view weights, and
 * the weight of a long question's situation). The full grid of issue 9 (120–200 words, 3- and
 * 4-grams, k 10–60, four weights; 432 configurations) chose 200 words, 3-grams, definition and
 * document weight 1 in every fold; the values it never chose are left out to keep the run short.
 */
export const GRID = {
  words: [160, 200],
  ngram: [3],
  rrfK: [30, 60],
  unit: [0.5, 1],
  intent: [0.5, 1],
  definition: [1],
  document: [1],
  contextWeight: [0.3, 0.5, 1],
};

export function configs(): RetrievalOptions[] {
  const out: RetrievalOptions[] = [];
  for (const words of GRID.words)
    for (const ngram of GRID.ngram)
      for (const rrfK of GRID.rrfK)
          for (const unit of GRID.unit)
        for (const intent of GRID.intent)
            for (const definition of GRID.definition)
            for (const document of GRID.document)
              for (const contextWeight of GRID.contextWeight)
                out.push({ window: { words, stride: 0.5 }, ngram, rrfK, weights: { unit, intent, definition, document }, contextWeight });
  return out;
}

const utility = (rank: number | null): number => (rank === 1 ? 1 : 0) + (rank !== null && rank <= 3 ? 1 : 0);
export const key = (c: RetrievalOptions): string => JSON.stringify(c);

/** The command line of a cross-validation script: the plans' folder and the question sets, or a usage line. */
export function readArguments(name: string): { plans: string; files: string[]; questions: Question[] } | undefined {
  const [plans, ...files] = process.argv.slice(2);
  if (!plans || files.length === 0) {
    process.stderr.write(`Bruk: ${name} PLANMAPPE SPØRSMÅL.jsonl [FLERE.jsonl …]\n`);
    process.exitCode = 2;
    return undefined;
  }
  const questions: Question[] = files.flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => ({ ...JSON.parse(l), set: f.split('/').pop() }) as Question).filter((q) => Array.isArray(q.expect)),
  );
  return { plans, files, questions };
}

async function main(): Promise<void> {
  const args = readArguments('ask-cv');
  if (!args) return;
  const { plans, files, questions } = args;
  const { documents } = await loadDirectory(plans);
  const grid = configs();
  // ranks[c][q]: rank of the first hit for question q under config c (null = none in the top 10).
  const ranks: Array<Array<number | null>> = [];
  const built = new Map<string, KnowledgeBase>();
  for (const c of grid) {
    const buildKey = `${c.window.words}/${c.ngram}`;
    if (!built.has(buildKey)) built.clear();
    const kb = built.get(buildKey) ?? KnowledgeBase.fromDocuments(documents, { retrieval: c, scope: { answer: 0, fieldAnswer: 0, caseAnswer: 0, confident: 0, field: { ...FIELD_MODEL, threshold: 0, withoutFieldWord: 0 }, documentsHold: 0, fieldAdmit: 0, model: RULES_ONLY } });
    kb.tune(c);
    built.set(buildKey, kb);
    ranks.push(questions.map((q) => firstHitRank(kb.ask(q.q, { top: 10 }).citations.map((x) => x.text), q.expect)));
  }
  const totals = ranks.map((r) => r.reduce<number>((a, x) => a + utility(x), 0));
  // Leave one out: the best config on the others, scored on the one left out.
  let h1 = 0;
  let h3 = 0;
  const chosen = new Map<string, number>();
  questions.forEach((_, qi) => {
    let best = 0;
    for (let c = 1; c < grid.length; c++) {
      if (totals[c]! - utility(ranks[c]![qi]!) > totals[best]! - utility(ranks[best]![qi]!)) best = c;
    }
    const r = ranks[best]![qi]!;
    if (r === 1) h1++;
    if (r !== null && r <= 3) h3++;
    chosen.set(key(grid[best]!), (chosen.get(key(grid[best]!)) ?? 0) + 1);
  });
  let fit = 0;
  for (let c = 1; c < grid.length; c++) if (totals[c]! > totals[fit]!) fit = c;
  const n = questions.length;
  const fitRanks = ranks[fit]!;
  const at = (k: number): number => fitRanks.filter((r) => r !== null && r <= k).length / n;
  process.stdout.write(`questions ${n} from ${files.length} sets, ${grid.length} configurations\n`);
  process.stdout.write(`held-out (leave-one-out) hit@1 ${(h1 / n).toFixed(3)} hit@3 ${(h3 / n).toFixed(3)}\n`);
  process.stdout.write(`fit on all (optimistic)  hit@1 ${at(1).toFixed(3)} hit@3 ${at(3).toFixed(3)}\n`);
  process.stdout.write(`chosen on all: ${key(grid[fit]!)}\n`);
  const top = [...chosen].sort((a, b) => b[1] - a[1]).slice(0, 3);
  for (const [c, k] of top) process.stdout.write(`  chosen in ${k} folds: ${c}\n`);
}

if (require.main === module) void main();
