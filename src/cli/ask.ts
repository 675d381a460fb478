import { readFileSync } from 'node:fs';
import { KnowledgeBase, type AskResult, type CuratedData } from '../knowledge';
import { curatedForCli } from './curated-flags';

/** Minimal argv parsing shared with eval.ts: `--flag value`, `--bool`, positionals. */
export interface ParsedArgs {
  /** A flag's value; an array for flags that may repeat. */
  flags: Map<string, string | true | string[]>;
  positional: string[];
}

export function parseArgs(argv: string[], booleans: string[], repeatable: string[] = []): ParsedArgs {
  const flags = new Map<string, string | true | string[]>();
  const positional: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (booleans.includes(name)) flags.set(name, true);
      else {
        const v = argv[k + 1];
        if (v === undefined) throw new Error(`--${name} trenger en verdi`);
        if (repeatable.includes(name)) {
          const list = flags.get(name);
          flags.set(name, Array.isArray(list) ? [...list, v] : [v]);
        } else flags.set(name, v);
        k++;
      }
    } else positional.push(a);
  }
  return { flags, positional };
}

const USAGE =
  'Bruk: ask [--docs MAPPE] [--top N] [--json] [--curated FIL] [--synonyms FIL] [--no-curated] "spørsmål"\n     ask --docs MAPPE --batch FIL.jsonl --json\n' +
  '  Kuraterte svar og synonymer leses fra kuraterte-svar.yaml og synonymer.yaml i --docs-mappen når de finnes.';

/** The citation fields the batch contract promises (no ids or urls). */
function contractShape(id: unknown, r: AskResult): Record<string, unknown> {
  return {
    id,
    answer: r.answer,
    answered: r.answered,
    confident: r.confident,
    emergency: r.emergency,
    ...(r.note ? { note: r.note } : {}),
    // A coordinator's curated answer: `answer` is its text, and it names its source.
    ...(r.curated ? { curated: true, source: { title: r.curated.source, ...(r.curated.link ? { url: r.curated.link } : {}) } } : {}),
    citations: r.citations.map((c) => ({ document: c.document, section: c.section, page: c.page, text: c.text, score: c.score })),
  };
}

/** Answers one JSON line; a malformed line becomes an error line, never a crash. */
export function answerLine(kb: KnowledgeBase, line: string, lineNo: number, top: number, curated?: CuratedData): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, line: lineNo, error: 'ugyldig JSON' };
  }
  const o = (input && typeof input === 'object' ? input : {}) as { id?: unknown; q?: unknown };
  const id = o.id ?? null;
  if (typeof o.q !== 'string' || o.q.trim() === '') return { id, line: lineNo, error: 'mangler "q" (tekst)' };
  return contractShape(id, kb.ask(o.q, { top, ...(curated ? { curated } : {}) }));
}

function printHuman(r: AskResult): string {
  const out: string[] = [];
  if (r.emergency) {
    out.push('AKUTT FARE: Ring 112 (politi) eller 113 (ambulanse).');
    out.push(r.emergencyAudience === 'child' ? 'Alarmtelefonen for barn og unge: 116 111.' : 'Vold- og overgrepslinjen: 116 006.');
    out.push('');
  }
  if (!r.answered) {
    out.push('Jeg fant ikke noe svar på dette i dokumentene.');
    return out.join('\n');
  }
  out.push(r.curated ? 'Godkjent svar fra planansvarlig:' : r.confident ? 'Svar:' : 'Mulig svar:', r.answer, '');
  if (r.curated) out.push(`Kilde: ${r.curated.source}${r.curated.link ? ` (${r.curated.link})` : ''}`, '');
  if (r.note) out.push(r.note, '');
  r.citations.forEach((c, k) => {
    const where = [c.document, c.section, c.page !== null ? `s. ${c.page}` : ''].filter(Boolean).join(' – ');
    out.push(`[${k + 1}] ${where} (score ${c.score})`);
    out.push(c.text.replace(/\n/g, ' '));
    out.push('');
  });
  return out.join('\n').trimEnd();
}

/** Runs the CLI; returns the exit code (2 for usage and input errors). */
export async function main(argv: string[]): Promise<number> {
  let docs: string;
  let top: number;
  let json: boolean;
  let batch: string | undefined;
  let question: string;
  let curatedFlags: ParsedArgs['flags'];
  try {
    const { flags, positional } = parseArgs(argv, ['json', 'no-curated']);
    const d = flags.get('docs') ?? (process.env.KNOWLEDGE_DIR || 'data/eksempel-kommune');
    const t = flags.get('top') ?? '3';
    const b = flags.get('batch');
    if (typeof d !== 'string' || typeof t !== 'string' || (b !== undefined && typeof b !== 'string')) throw new Error(USAGE);
    top = Number(t);
    if (!Number.isInteger(top) || top < 0 || top > 50) throw new Error('--top må være et heltall fra 0 til 50');
    docs = d;
    json = flags.has('json');
    batch = b;
    question = positional.join(' ').trim();
    if (!batch && !question) throw new Error(USAGE);
    curatedFlags = flags;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  let kb: KnowledgeBase;
  let lines: string[] = [];
  let curated: CuratedData | undefined;
  try {
    if (batch) lines = readFileSync(batch, 'utf8').split(/\r?\n/);
    curated = await curatedForCli(curatedFlags, docs, (w) => process.stderr.write(`Advarsel: ${w}\n`));
    const loaded = await KnowledgeBase.fromDirectory(docs);
    kb = loaded.kb;
    for (const w of loaded.warnings) process.stderr.write(`Advarsel: ${w}\n`);
  } catch (err) {
    process.stderr.write(`Feil: ${(err as Error).message}\n`);
    return 2;
  }
  if (batch) {
    lines.forEach((line, k) => {
      if (line.trim() === '') return;
      process.stdout.write(JSON.stringify(answerLine(kb, line, k + 1, top, curated)) + '\n');
    });
    return 0;
  }
  const r = kb.ask(question, { top, ...(curated ? { curated } : {}) });
  if (json) {
    process.stdout.write(JSON.stringify({ ...contractShape(undefined, r), emergencyAudience: r.emergencyAudience }) + '\n');
  } else {
    process.stdout.write(printHuman(r) + '\n');
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
