/**
 * Learns the expansions (src/knowledge/expansion.ts) from the dev question sets with expected
 * answers: eval/dev*, and the shared qa-dev sets beside the plans. Each set was written by
 * another helper in another style, so the settings are chosen by leaving one set out at a time:
 * learnt on the others, the held-out set's answers are read as staff would read them (the
 * answer text holds the fact; then the passage that holds it is among the three cited).
 *
 *   npm run -s train:expansions [-- --plans PLANS_DIR] [--write] [--nested] [--check]
 *
 * --write saves the model learnt on all sets with the chosen settings. --nested also chooses the
 * settings inside each fold (slow), for an honest held-out figure. --check only measures the
 * stored settings against none, held out by set (for CI).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../src/knowledge';
import { fingerprint, learnExpansions, type ExpansionModel, type ExpansionSample, type ExpansionSettings } from '../src/knowledge/expansion';
import { loadDirectory } from '../src/knowledge/loaders';
import trained from '../src/knowledge/expansion-model.json';
import { holdsFact } from '../src/knowledge/reading';
import { NOT_LEARNT } from './dev-folds';
import { devQuestionSets } from './dev-questions';

const OUT = join(__dirname, '..', 'src', 'knowledge', 'expansion-model.json');

/** The settings tried: weight of an added term, lift over chance, and terms per word. */
const GRID: ExpansionSettings[] = [0.4, 0.6, 0.8].flatMap((weight) =>
  [4, 6, 10].flatMap((lift) => [3, 8].map((perWord) => ({ weight, lift, share: 0.5, minCount: 2, perWord }))),
);

interface Question {
  q: string;
  expect: string[];
  sample?: ExpansionSample;
}

/** Held-out counts: the answer holds the fact, and the passage that holds it is first or among three. */
interface Score {
  holds: number;
  hit1: number;
  hit3: number;
  n: number;
}

const add = (a: Score, b: Score): Score => ({ holds: a.holds + b.holds, hit1: a.hit1 + b.hit1, hit3: a.hit3 + b.hit3, n: a.n + b.n });
const NONE: Score = { holds: 0, hit1: 0, hit3: 0, n: 0 };
const better = (a: Score, b: Score): boolean => a.holds > b.holds || (a.holds === b.holds && a.hit3 > b.hit3);
const f3 = (x: number, n: number): string => (x / Math.max(1, n)).toFixed(3);
const show = (s: Score): string => `holds ${f3(s.holds, s.n)}, hit@1 ${f3(s.hit1, s.n)}, hit@3 ${f3(s.hit3, s.n)} (${s.n} questions)`;

/** The dev sets with expected answers (dev-questions.ts), each question with its learning sample. */
function questionSets(plans: string): Map<string, Question[]> {
  return new Map([...devQuestionSets(plans)].map(([name, qs]) => [name, qs.map((q) => ({ ...q }))]));
}

function score(kb: KnowledgeBase, qs: Question[]): Score {
  let s = NONE;
  for (const q of qs) {
    const r = kb.ask(q.q, { top: 3 });
    s = add(s, {
      holds: holdsFact(r.answer, q.expect) ? 1 : 0,
      hit1: r.citations[0] && holdsFact(r.citations[0].text, q.expect) ? 1 : 0,
      hit3: r.citations.some((c) => holdsFact(c.text, q.expect)) ? 1 : 0,
      n: 1,
    });
  }
  return s;
}

/** The learning samples of these sets, those not learnt from (NOT_LEARNT) left out. */
function samplesOf(sets: Map<string, Question[]>, names: string[]): ExpansionSample[] {
  return names.filter((n) => !NOT_LEARNT.has(n)).flatMap((n) => sets.get(n)!.flatMap((q) => (q.sample ? [q.sample] : [])));
}

/** Learnt on all sets but each one in turn, measured on that one. */
function leaveOneOut(kb: KnowledgeBase, sets: Map<string, Question[]>, settings: ExpansionSettings | null, names = [...sets.keys()]): Score {
  let total = NONE;
  for (const name of names) {
    kb.useExpansions(settings ? learnExpansions(samplesOf(sets, names.filter((n) => n !== name)), settings) : new Map());
    total = add(total, score(kb, sets.get(name)!));
  }
  kb.useExpansions(new Map());
  return total;
}

/** The settings that do best held out over these sets. */
function choose(kb: KnowledgeBase, sets: Map<string, Question[]>, names: string[]): { settings: ExpansionSettings; score: Score } {
  let best: { settings: ExpansionSettings; score: Score } | undefined;
  for (const settings of GRID) {
    const s = leaveOneOut(kb, sets, settings, names);
    if (!best || better(s, best.score)) best = { settings, score: s };
  }
  return best!;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = { check: argv.includes('--check'), nested: argv.includes('--nested'), write: argv.includes('--write') };
  const plans = argv.includes('--plans') ? argv[argv.indexOf('--plans') + 1]! : join(__dirname, '..', '..', 'shared', 'plans');
  const { documents } = await loadDirectory(plans);
  const kb = KnowledgeBase.fromDocuments(documents, { expansions: new Map() });
  const sets = questionSets(plans);
  for (const qs of sets.values()) for (const q of qs) q.sample = kb.expansionSample(q.q, q.expect);
  const names = [...sets.keys()];
  console.log(`${names.length} sets, ${[...sets.values()].flat().length} questions`);
  console.log(`without expansions, held out by set: ${show(leaveOneOut(kb, sets, null))}`);
  if (args.check) {
    const stored = (trained as unknown as ExpansionModel).settings;
    console.log(`the stored settings ${JSON.stringify(stored)}, held out by set: ${show(leaveOneOut(kb, sets, stored))}`);
    return;
  }
  if (args.nested) {
    // Each set held out from the choice of settings as well as from learning.
    let total = NONE;
    for (const name of names) {
      const inner = names.filter((n) => n !== name);
      const { settings } = choose(kb, sets, inner);
      kb.useExpansions(learnExpansions(samplesOf(sets, inner), settings));
      const s = score(kb, sets.get(name)!);
      kb.useExpansions(new Map());
      total = add(total, s);
      console.log(`  ${name}: chose ${JSON.stringify(settings)}; ${show(s)}`);
    }
    console.log(`nested, held out by set: ${show(total)}`);
  }
  const { settings, score: chosen } = choose(kb, sets, names);
  console.log(`chosen ${JSON.stringify(settings)}, held out by set: ${show(chosen)}`);
  if (args.write) {
    const words = learnExpansions(samplesOf(sets, names), settings);
    const model: ExpansionModel = { settings, documents: documents.map(fingerprint).sort(), words: Object.fromEntries([...words].sort((a, b) => (a[0] < b[0] ? -1 : 1))) };
    writeFileSync(OUT, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${OUT}: ${words.size} words`);
  }
}

void main();
