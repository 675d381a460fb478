/**
 * Trains the scope model (src/knowledge/scope-model.ts) on the blind dev sets (scope-sets.ts):
 * every question to be answered against those from outside the field, emergencies left out (they
 * are answered whatever the guard reads). Each set's questions are read by the whole `ask` over
 * the plans (PLANS_DIR) with the rules alone and a field word model learnt without that set, so
 * the inputs are what a question nobody trained on gives. The model is then fitted on the other
 * sets and scored on the one left out, in turn; the threshold is the highest at which 99 % of the
 * held-out questions from the field are answered (MIN_ANSWERED): a question from the field
 * refused costs more than an everyday one answered.
 * Prints the held-out figures, and with --write saves the model fitted on all sets.
 *
 *   npm run -s train:scope -- --plans PLANS_DIR [--write]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../src/knowledge';
import { FIELD_MODEL, FIELD_TRAINING } from '../src/knowledge/field-model';
import { loadDirectory } from '../src/knowledge/loaders';
import { SCOPE } from '../src/knowledge/scope';
import { RULES_ONLY, scopeFeatures, type ScopeModel } from '../src/knowledge/scope-model';
import { trainWords } from '../src/knowledge/word-model';
import { fitLogistic, type Sample } from './logistic';
import { scopeSets } from './scope-sets';

const OUT = join(__dirname, '..', 'src', 'knowledge', 'scope-model.json');
const THRESHOLDS = [0.1, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4, 0.5];
/**
 * Share of the held-out questions from the field that must be answered. Until December 2026 the
 * bar was the rules' own share (none lost beyond them): on the 24 dev sets then, 0.3 refused 8
 * more than the rules, half of them everyday questions their writers had marked as the field's
 * ("the printer is dead again …"), the others staff asking after a measure in words the field
 * model does not know ("when is the safety week held"). That bar moved with the field model
 * under the rules: learnt with a lighter penalty (FIELD_TRAINING) the rules answered more, and
 * the same scope model, answering the same share of the field, refused 31 more from outside. 99 % is where
 * the bar stood (0.25 answered 3,645 of 3,682 with the field model before).
 */
const MIN_ANSWERED = 0.99;

interface Read extends Sample {
  /** The rules' verdict on the question. */
  rules: boolean;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const probability = (m: { bias: number; weights: number[] }, x: number[]): number => sigmoid(m.weights.reduce((a, w, k) => a + w * x[k]!, m.bias));

/** Each set's questions read by `ask` with the rules alone and a field model learnt without the set. */
async function readSets(plans: string): Promise<Read[]> {
  const { documents } = await loadDirectory(plans);
  const sets = scopeSets();
  const reads: Read[] = [];
  for (const [name, lines] of sets) {
    const words = trainWords([...sets].filter(([n]) => n !== name).flatMap(([, l]) => l), FIELD_TRAINING);
    const field = { ...FIELD_MODEL, ...words };
    const kb = KnowledgeBase.fromDocuments(documents, { scope: { ...SCOPE, field, model: RULES_ONLY } });
    for (const line of lines.filter((l) => !l.emergency)) {
      const scope = kb.ask(line.text).scope;
      if (scope) reads.push({ x: scopeFeatures(scope), y: line.positive ? 1 : 0, group: name, rules: scope.rules });
    }
  }
  return reads;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const plans = argv.includes('--plans') ? argv[argv.indexOf('--plans') + 1] : undefined;
  if (!plans) throw new Error('usage: train-scope --plans PLANS_DIR [--write]');
  const reads = await readSets(plans);
  const groups = [...new Set(reads.map((r) => r.group))];
  const held = new Map<Read, number>();
  for (const g of groups) {
    const model = fitLogistic(reads.filter((r) => r.group !== g));
    for (const r of reads.filter((x) => x.group === g)) held.set(r, probability(model, r.x));
  }
  const inField = reads.filter((r) => r.y === 1);
  const outside = reads.filter((r) => r.y === 0);
  const rulesAnswered = inField.filter((r) => r.rules).length;
  console.log(`rules alone, held out: answered ${rulesAnswered}/${inField.length} from the field, refused ${outside.filter((r) => !r.rules).length}/${outside.length} from outside it`);
  let threshold = 0;
  for (const t of THRESHOLDS) {
    const answered = inField.filter((r) => held.get(r)! >= t).length;
    if (answered >= MIN_ANSWERED * inField.length) threshold = t;
    const refused = outside.filter((r) => held.get(r)! < t).length;
    console.log(`model from ${t}, held out: answered ${answered}/${inField.length}, refused ${refused}/${outside.length}`);
  }
  const fitted = fitLogistic(reads);
  const model: ScopeModel = { bias: Math.round(fitted.bias * 1e4) / 1e4, weights: fitted.weights.map((w) => Math.round(w * 1e4) / 1e4), threshold };
  console.log(`chosen threshold ${threshold}; model: ${JSON.stringify(model)}`);
  if (argv.includes('--write')) writeFileSync(OUT, `${JSON.stringify(model)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
