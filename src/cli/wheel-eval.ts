/**
 * Checks the wheel parser against a JSONL file of phrases: `tsx src/cli/wheel-eval.ts FILE.jsonl`.
 * Each line is `{"text": "...", "expect": {...}}`; only the fields present in `expect` are compared.
 * Prints "N passed, M failed" and each failure; exits 1 on any failure, 2 on bad input.
 */
import fs from 'node:fs';
import { parseTiming, type ParsedTiming } from '../reminders/wheel-parse';

/** One phrase that did not parse as expected. */
export interface EvalFailure {
  line: number;
  text: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

/** Compares every line; a line that is not valid JSON is reported as a failure, not skipped. */
export function evaluatePhrases(jsonl: string): { passed: number; failures: EvalFailure[] } {
  let passed = 0;
  const failures: EvalFailure[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let item: { text?: unknown; expect?: Record<string, unknown> };
    try {
      item = JSON.parse(raw) as typeof item;
    } catch {
      failures.push({ line: i + 1, text: raw, field: '(json)', expected: 'gyldig JSON', actual: raw });
      return;
    }
    const text = String(item.text ?? '');
    const actual = parseTiming(text);
    const wrong = Object.entries(item.expect ?? {}).filter(
      ([field, expected]) => JSON.stringify(actual[field as keyof ParsedTiming]) !== JSON.stringify(expected),
    );
    for (const [field, expected] of wrong) {
      failures.push({ line: i + 1, text, field, expected, actual: actual[field as keyof ParsedTiming] });
    }
    if (wrong.length === 0) passed++;
  });
  return { passed, failures };
}

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('Bruk: wheel-eval FIL.jsonl\n');
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`Fant ikke filen ${file}\n`);
    return 2;
  }
  const { passed, failures } = evaluatePhrases(text);
  const failedLines = new Set(failures.map((f) => f.line)).size;
  process.stdout.write(`${passed} passed, ${failedLines} failed\n`);
  for (const f of failures) {
    process.stdout.write(
      `  linje ${f.line} "${f.text}": ${f.field} forventet ${JSON.stringify(f.expected)}, fikk ${JSON.stringify(f.actual)}\n`,
    );
  }
  return failedLines > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
