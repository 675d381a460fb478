/**
 * Checks the Ask engine's constants against what staff read: for every configuration of
 * `ask-cv`'s grid, whether each answer's text holds the fact asked for (an `expect` string).
 * Leaving one dev set out at a time, the configuration best on the other sets is scored on the
 * one left out; the held-out figure is printed beside the shipped constants'.
 *
 *   npx tsx bench/ask-holds-cv.ts PLANS_DIR QUESTIONS.jsonl [MORE.jsonl …]
 */
import { KnowledgeBase, loadDirectory } from '../src/knowledge';
import { holdsFact } from '../src/knowledge/reading';
import { RETRIEVAL_DEFAULTS } from '../src/knowledge/retriever';
import { configs, key, readArguments } from './ask-cv';

async function main(): Promise<void> {
  const args = readArguments('ask-holds-cv');
  if (!args) return;
  const { plans, questions } = args;
  const { documents } = await loadDirectory(plans);
  const grid = configs();
  // held[c][q]: 1 when the answer under configuration c holds question q's fact. The answers
  // are composed and refused as the product does: a refusal holds nothing.
  const held: number[][] = [];
  let kb: KnowledgeBase | undefined;
  let builtWith = 0;
  for (const c of grid) {
    // The windows are made when indexing; the other constants are set per search.
    if (!kb || builtWith !== c.window.words) {
      kb = KnowledgeBase.fromDocuments(documents, { retrieval: c });
      builtWith = c.window.words;
    }
    kb.tune(c);
    held.push(questions.map((q) => (holdsFact(kb!.ask(q.q).answer, q.expect) ? 1 : 0)));
  }
  const sum = (c: number, qs: number[]): number => qs.reduce((a, i) => a + held[c]![i]!, 0);
  const shipped = grid.findIndex((c) => key(c) === key({ ...RETRIEVAL_DEFAULTS, window: { ...RETRIEVAL_DEFAULTS.window } }));
  let heldOut = 0;
  const chosen = new Map<string, number>();
  for (const set of new Set(questions.map((q) => q.set))) {
    const train = questions.flatMap((q, i) => (q.set !== set ? [i] : []));
    const test = questions.flatMap((q, i) => (q.set === set ? [i] : []));
    let best = 0;
    for (let c = 1; c < grid.length; c++) if (sum(c, train) > sum(best, train)) best = c;
    heldOut += sum(best, test);
    chosen.set(key(grid[best]!), (chosen.get(key(grid[best]!)) ?? 0) + 1);
  }
  const n = questions.length;
  const all = questions.map((_, i) => i);
  process.stdout.write(`questions ${n}, ${grid.length} configurations\n`);
  process.stdout.write(`held out (one set left out at a time): holds the fact ${(heldOut / n).toFixed(3)}\n`);
  process.stdout.write(`shipped constants on all: ${shipped >= 0 ? (sum(shipped, all) / n).toFixed(3) : 'not in the grid'}\n`);
  for (const [c, k] of [...chosen].sort((a, b) => b[1] - a[1])) process.stdout.write(`  chosen in ${k} folds: ${c}\n`);
}

if (require.main === module) void main();
