import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { KnowledgeBase } from '../knowledge';
import { evaluateSet, parseQuestions, type SetReport } from '../knowledge/metrics';
import { checkThresholds, type SetThresholds } from '../knowledge/thresholds';
import type { CuratedData } from '../knowledge';
import { parseArgs, type ParsedArgs } from './ask';
import { curatedForCli } from './curated-flags';

const USAGE =
  'Bruk: eval [--docs MAPPE] [--questions FIL.jsonl …] [--thresholds FIL.json] [--json] [--verbose] [--curated FIL] [--synonyms FIL] [--no-curated]\n' +
  '  Eval måler motoren: kuraterte svar og synonymer bare med --curated FIL og --synonyms FIL.\n' +
  '  Uten --questions: eksempelkommunens spørsmål (data/eksempel-kommune/questions.jsonl).\n' +
  '  --thresholds: grenser per sett (filnavn → {hit1, hit3, holds, fragments, wordsMedian, wordsP90, svarPrecision, svarRecall, answered, refused, emergencies, falseAlarms}); avslutter med 1 ved brudd.';

const SAMPLE_DOCS = 'data/eksempel-kommune';
const SAMPLE_QUESTIONS = 'data/eksempel-kommune/questions.jsonl';

const f3 = (x: number): string => x.toFixed(3);

/** The human-readable report of one set. */
export function formatSet(name: string, r: SetReport, verbose: boolean): string {
  const lines = [`== ${name}`];
  if (r.count > 0) {
    lines.push(`count  ${r.count}`, `hit@1  ${f3(r.hit1)}`, `hit@3  ${f3(r.hit3)}`, `MRR@10 ${f3(r.mrr10)}`);
    lines.push(`holds the fact ${f3(r.holds)}`, `fragments      ${f3(r.fragments)}`, `words          median ${r.wordsMedian}, p90 ${r.wordsP90}`);
    lines.push(`"Svar"         ${r.confident} of ${r.count}: precision ${f3(r.svarPrecision)}, share of right answers ${f3(r.svarRecall)}`);
    for (const [cls, c] of Object.entries(r.classes)) {
      lines.push(
        `  ${cls.padEnd(16)} n=${String(c.count).padStart(3)}  hit@1 ${f3(c.hit1)}  hit@3 ${f3(c.hit3)}  holds ${f3(c.holds)}  fragments ${f3(c.fragments)}  ` +
          `words ${c.wordsMedian}/${c.wordsP90}  svar ${f3(c.svarPrecision)}/${f3(c.svarRecall)}`,
      );
    }
  }
  if (r.inScope > 0) lines.push(`answered   ${r.answered}/${r.inScope} in scope`);
  if (r.outOfField > 0) lines.push(`refused    ${r.refused}/${r.outOfField} outside the field`);
  if (r.emergencies > 0 || r.falseAlarms > 0) lines.push(`emergency  ${r.detected}/${r.emergencies} detected, ${r.falseAlarms} false alarms`);
  if (verbose && r.misses.length) lines.push(`misses ${r.misses.join(' ')}`);
  if (verbose && r.notHeld.length) lines.push(`answer without the fact ${r.notHeld.join(' ')}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let docs: string;
  let files: string[];
  let json: boolean;
  let verbose: boolean;
  let thresholdsFile: string | undefined;
  let curatedFlags: ParsedArgs['flags'];
  try {
    const { flags, positional } = parseArgs(argv, ['json', 'verbose', 'no-curated'], ['questions']);
    curatedFlags = flags;
    if (positional.length > 0) throw new Error(`ukjent argument: ${positional[0]}`);
    const d = flags.get('docs') ?? (process.env.KNOWLEDGE_DIR || SAMPLE_DOCS);
    if (typeof d !== 'string') throw new Error('--docs trenger en mappe');
    const q = flags.get('questions');
    files = Array.isArray(q) ? q : [SAMPLE_QUESTIONS];
    docs = d;
    json = flags.has('json');
    verbose = flags.has('verbose');
    const t = flags.get('thresholds');
    if (t !== undefined && typeof t !== 'string') throw new Error('--thresholds trenger en fil');
    thresholdsFile = t;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let sets: Array<{ file: string; questions: ReturnType<typeof parseQuestions> }>;
  let kb: KnowledgeBase;
  let thresholds: Record<string, SetThresholds> = {};
  let curated: CuratedData | undefined;
  try {
    curated = await curatedForCli(curatedFlags, docs, (w) => process.stderr.write(`Advarsel: ${w}\n`), false);
    sets = files.map((file) => ({ file, questions: parseQuestions(readFileSync(file, 'utf8')) }));
    if (thresholdsFile) thresholds = JSON.parse(readFileSync(thresholdsFile, 'utf8')) as Record<string, SetThresholds>;
    kb = (await KnowledgeBase.fromDirectory(docs)).kb;
  } catch (err) {
    process.stderr.write(`Feil: ${(err as Error).message}\n`);
    return 2;
  }
  const reports = sets.map(({ file, questions }) => ({
    set: basename(file),
    ...evaluateSet(questions, (q) => {
      const r = kb.ask(q, { top: 10, ...(curated ? { curated } : {}) });
      return { texts: r.citations.map((c) => c.text), answer: r.answer, answered: r.answered, confident: r.confident, emergency: r.emergency };
    }),
  }));
  if (json) {
    // One set keeps the flat shape ({count, hit1, …}); several come as {sets: […]}.
    process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : { sets: reports }) + '\n');
  } else {
    process.stdout.write(reports.map((r) => formatSet(r.set, r, verbose)).join('\n\n') + '\n');
  }
  if (!thresholdsFile) return 0;
  let ok = true;
  for (const r of reports) {
    const t = thresholds[r.set];
    if (!t) continue;
    const check = checkThresholds(r.set, r, t);
    process.stderr.write(check.lines.join('\n') + '\n');
    ok &&= check.ok;
  }
  return ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export { main };
