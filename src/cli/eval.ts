import { readFileSync } from 'node:fs';
import { KnowledgeBase } from '../knowledge';
import { evaluate, parseQuestions } from '../knowledge/metrics';
import { parseArgs } from './ask';

const USAGE = 'Bruk: eval --docs MAPPE --questions FIL.jsonl [--json] [--verbose]';

async function main(argv: string[]): Promise<number> {
  let docs: string;
  let file: string;
  let json: boolean;
  let verbose: boolean;
  try {
    const { flags } = parseArgs(argv, ['json', 'verbose']);
    const d = flags.get('docs') ?? (process.env.KNOWLEDGE_DIR || 'data/eksempel-kommune');
    const f = flags.get('questions');
    if (typeof d !== 'string' || typeof f !== 'string') throw new Error(USAGE);
    docs = d;
    file = f;
    json = flags.has('json');
    verbose = flags.has('verbose');
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let questions;
  let kb: KnowledgeBase;
  try {
    questions = parseQuestions(readFileSync(file, 'utf8'));
    kb = (await KnowledgeBase.fromDirectory(docs)).kb;
  } catch (err) {
    process.stderr.write(`Feil: ${(err as Error).message}\n`);
    return 2;
  }
  const report = evaluate(questions, (q) => kb.ask(q, { top: 10 }).citations.map((c) => c.text));
  if (json) {
    process.stdout.write(JSON.stringify(report) + '\n');
  } else {
    process.stdout.write(
      `count  ${report.count}\nhit@1  ${report.hit1.toFixed(3)}\nhit@3  ${report.hit3.toFixed(3)}\nMRR@10 ${report.mrr10.toFixed(3)}\n`,
    );
    if (verbose && report.misses.length) process.stdout.write(`misses ${report.misses.join(' ')}\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export { main };
