/**
 * Trains the field word model (src/knowledge/field-model.ts) on the blind dev sets in eval/dev*
 * and the sample municipality's questions (data/eksempel-kommune/questions.jsonl):
 * every question to be answered, emergencies included, against the questions from outside the
 * field (`"answered": false`). Both thresholds are chosen by leave-one-set-out cross-validation,
 * each set being another writer's style, so that a question from the field refused costs more
 * than an everyday question answered:
 * - `threshold`, for every question: the highest at which the held-out model alone refuses at
 *   most MAX_WRONG_REFUSALS of the questions from the field;
 * - `withoutFieldWord`, for a question with none of the field's words: read with the whole
 *   `ask` over the plans (PLANS_DIR), the highest at which held-out questions from the field are
 *   answered at most MAX_LOST_ANSWERS less often than with the rules alone.
 * Prints the held-out figures, and with --write saves the model.
 *
 *   npm run -s train:field [-- --plans PLANS_DIR] [--write]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../src/knowledge';
import { loadDirectory } from '../src/knowledge/loaders';
import { SCOPE } from '../src/knowledge/scope';
import { FIELD_TRAINING, type FieldModel } from '../src/knowledge/field-model';
import { RULES_ONLY } from '../src/knowledge/scope-model';
import { probability, trainWords, type WordWeights } from '../src/knowledge/word-model';
import { scopeSets, type ScopeLine } from './scope-sets';

const OUT = join(__dirname, '..', 'src', 'knowledge', 'field-model.json');
const THRESHOLDS = [0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
/** Share of held-out questions from the field the model alone may refuse. */
const MAX_WRONG_REFUSALS = 0.003;
/** Share of held-out questions from the field that may lose their answer to the second threshold. */
const MAX_LOST_ANSWERS = 0.005;

/** The model alone, held out: the highest threshold within MAX_WRONG_REFUSALS. */
function chooseThreshold(sets: Map<string, ScopeLine[]>, folds: Map<string, WordWeights>): number {
  const wrong = new Map<number, number>();
  const refused = new Map<number, number>();
  let inField = 0;
  let outside = 0;
  for (const [name, heldOut] of sets) {
    const p = heldOut.map((e) => probability(folds.get(name)!, e.text));
    inField += heldOut.filter((e) => e.positive).length;
    outside += heldOut.filter((e) => !e.positive).length;
    for (const t of THRESHOLDS) {
      wrong.set(t, (wrong.get(t) ?? 0) + heldOut.filter((e, k) => e.positive && p[k]! < t).length);
      refused.set(t, (refused.get(t) ?? 0) + heldOut.filter((e, k) => !e.positive && p[k]! < t).length);
    }
  }
  const fits = THRESHOLDS.filter((t) => wrong.get(t)! / inField <= MAX_WRONG_REFUSALS);
  const threshold = fits[fits.length - 1] ?? 0;
  for (const t of THRESHOLDS) {
    console.log(`threshold ${t}: held out, the model alone refuses ${refused.get(t)}/${outside} from outside the field and ${wrong.get(t)}/${inField} from it${t === threshold ? '  <- chosen' : ''}`);
  }
  return threshold;
}

/** With the whole `ask`, held out: the highest bar for questions without a field word within MAX_LOST_ANSWERS. */
async function chooseWithoutFieldWord(plans: string, sets: Map<string, ScopeLine[]>, folds: Map<string, WordWeights>, threshold: number): Promise<number> {
  const { documents } = await loadDirectory(plans);
  const answered = new Map<number, number>();
  const refused = new Map<number, number>();
  let inField = 0;
  let outside = 0;
  for (const [name, heldOut] of sets) {
    const asked = heldOut.filter((e) => !e.emergency);
    inField += asked.filter((e) => e.positive).length;
    outside += asked.filter((e) => !e.positive).length;
    for (const t of [0, ...THRESHOLDS.filter((x) => x >= threshold)]) {
      const field: FieldModel = { ...folds.get(name)!, threshold: t === 0 ? 0 : threshold, withoutFieldWord: t };
      // The rules alone: the learnt scope model (train-scope.ts) is trained on top of this model.
      const kb = KnowledgeBase.fromDocuments(documents, { scope: { ...SCOPE, field, model: RULES_ONLY } });
      const said = asked.map((e) => kb.ask(e.text, { top: 1 }).answered);
      answered.set(t, (answered.get(t) ?? 0) + asked.filter((e, k) => e.positive && said[k]).length);
      refused.set(t, (refused.get(t) ?? 0) + asked.filter((e, k) => !e.positive && !said[k]).length);
    }
  }
  const rules = answered.get(0)!;
  const fits = THRESHOLDS.filter((t) => t >= threshold && (rules - answered.get(t)!) / inField <= MAX_LOST_ANSWERS);
  const chosen = fits[fits.length - 1] ?? threshold;
  console.log(`rules alone, held out: answered ${rules}/${inField} from the field, refused ${refused.get(0)}/${outside} from outside it`);
  for (const t of THRESHOLDS.filter((x) => x >= threshold)) {
    console.log(`without a field word below ${t}: answered ${answered.get(t)}/${inField}, refused ${refused.get(t)}/${outside}${t === chosen ? '  <- chosen' : ''}`);
  }
  return chosen;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const plans = argv.includes('--plans') ? argv[argv.indexOf('--plans') + 1] : undefined;
  const sets = scopeSets();
  const folds = new Map([...sets.keys()].map((name) => [name, trainWords([...sets].filter(([n]) => n !== name).flatMap(([, e]) => e), FIELD_TRAINING)] as const));
  const threshold = chooseThreshold(sets, folds);
  const withoutFieldWord = plans ? await chooseWithoutFieldWord(plans, sets, folds, threshold) : threshold;
  const model: FieldModel = { threshold, withoutFieldWord, ...trainWords([...sets.values()].flat(), FIELD_TRAINING) };
  console.log(`model: ${Object.keys(model.weights).length} weights`);
  if (argv.includes('--write')) writeFileSync(OUT, `${JSON.stringify(model)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
