import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import type { PlanListName, PlanProblem, RowRef } from '../plan/problems';
import { lineOf } from '../plan/locate';
import { validateCurated, validateStaffWords } from './rules';
import type { CuratedProposal, CuratedSource, SaveResult } from './source';
import type { CuratedSnapshot, CuratedState, RawCuratedRow, RawStaffWordRow } from './types';

/** The sample data's file names (next to the plan file), and the local file proposals go to. */
export const CURATED_FILE = 'kuraterte-svar.yaml';
export const SYNONYMS_FILE = 'synonymer.yaml';

export interface CuratedFiles {
  /** The municipality's curated answers (data/eksempel-kommune/kuraterte-svar.yaml). */
  curated: string;
  /** Its staff words (data/eksempel-kommune/synonymer.yaml). */
  synonyms: string;
  /** Where the tab saves proposals in local mode (DATA_DIR/kuraterte-svar.yaml), read too. */
  proposals?: string;
}

const CURATED_FIELDS = ['questions', 'answer', 'source', 'link', 'owner', 'reviewBy'];
const SYNONYM_FIELDS = ['word', 'planWords'];

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : Array.isArray(v) ? v.map(text).join(', ') : '';

/** A file's rows, each with its line; a file that does not parse is one problem, and no rows. */
interface FileRows {
  items: Array<{ value: Record<string, unknown>; ref: RowRef }>;
  problems: PlanProblem[];
  ok: boolean;
}

function readRows(file: string, list: PlanListName, fields: string[], label: string): FileRows {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (err) {
    // No file is no rows: the municipality has not written any yet.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { items: [], problems: [], ok: true };
    return { items: [], problems: [fileProblem(list, 1, `${label} kan ikke leses (${(err as NodeJS.ErrnoException).code ?? 'ukjent feil'})`)], ok: false };
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { items: [], problems: [fileProblem(list, e.linePos?.[0].line ?? 1, `${label} er ikke gyldig YAML (${e.code}); forrige versjon brukes til den er rettet`)], ok: false };
  }
  if (doc.contents === null) return { items: [], problems: [], ok: true };
  if (!isSeq(doc.contents)) return { items: [], problems: [fileProblem(list, 1, `${label} må være en liste (hver rad begynner med «- »); forrige versjon brukes til den er rettet`)], ok: false };
  const items: FileRows['items'] = [];
  const problems: PlanProblem[] = [];
  doc.contents.items.forEach((node, i) => {
    const ref: RowRef = { list, position: i + 1, line: lineOf(doc, counter, [i]) };
    if (!isMap(node)) {
      problems.push({ kind: 'invalid', ref, message: `raden må ha feltene ${fields.join(', ')}; den brukes ikke` });
      return;
    }
    const value = node.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (!fields.includes(key)) problems.push({ kind: 'invalid', ref: { ...ref, line: lineOf(doc, counter, [i], key) }, message: `ukjent felt «${key}»; bruk ${fields.join(', ')}` });
    }
    items.push({ value, ref });
  });
  return { items, problems, ok: true };
}

const fileProblem = (list: PlanListName, line: number, message: string): PlanProblem => ({ kind: 'invalid', ref: { list, position: 1, line }, message });

function curatedRows(rows: FileRows['items']): RawCuratedRow[] {
  return rows.map(({ value: v, ref }) => ({
    questions: Array.isArray(v.questions) ? v.questions.map(text) : text(v.questions).split('\n'),
    answer: text(v.answer), source: text(v.source), link: text(v.link), owner: text(v.owner), reviewBy: text(v.reviewBy), ref,
  }));
}

function staffRows(rows: FileRows['items']): RawStaffWordRow[] {
  return rows.map(({ value: v, ref }) => ({ word: text(v.word), planWords: text(v.planWords), ref }));
}

function stamp(file: string | undefined): string {
  if (!file) return '';
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '-';
  }
}

/**
 * Local mode: the curated answers and staff words in the sample data's files, and the answers
 * proposed from the tab in a file under DATA_DIR (in Teams they live in SharePoint). Rows go
 * through the same rules as the lists'. A file that no longer parses is reported and its last
 * good rows stay in use.
 */
export class FileCuratedSource implements CuratedSource {
  readonly kind = 'file';
  private stamps = '';
  private readonly lastGood = new Map<string, FileRows['items']>();

  constructor(private readonly files: CuratedFiles) {}

  get describe(): string {
    return [this.files.curated, this.files.synonyms, this.files.proposals].filter(Boolean).join(', ');
  }

  state(): CuratedState {
    return { kind: 'on' };
  }

  async read(): Promise<CuratedSnapshot | undefined> {
    const stamps = [this.files.curated, this.files.synonyms, this.files.proposals].map(stamp).join('|');
    if (stamps === this.stamps) return undefined;
    this.stamps = stamps;
    const problems: PlanProblem[] = [];
    const rowsOf = (file: string, list: PlanListName, fields: string[]) => {
      const read = readRows(file, list, fields, path.basename(file));
      problems.push(...read.problems.map((p) => (file === this.files.proposals ? { ...p, message: `${p.message} (i ${file})` } : p)));
      if (read.ok) this.lastGood.set(file, read.items);
      return this.lastGood.get(file) ?? [];
    };
    const curated = curatedRows(rowsOf(this.files.curated, 'curated', CURATED_FIELDS));
    const proposed = this.files.proposals ? curatedRows(rowsOf(this.files.proposals, 'curated', CURATED_FIELDS)) : [];
    // Proposals are numbered after the sample file's rows, so their ids stay apart.
    const offset = curated.length;
    const answers = validateCurated([...curated, ...proposed.map((r) => ({ ...r, ref: { ...r.ref, position: r.ref.position + offset } }))]);
    const staff = validateStaffWords(staffRows(rowsOf(this.files.synonyms, 'synonyms', SYNONYM_FIELDS)));
    return { answers: answers.answers, staffWords: staff.staffWords, problems: [...problems, ...answers.problems, ...staff.problems] };
  }

  /** Appends the proposal to the local file (created with a note on where the list lives in Teams). */
  async save(p: CuratedProposal): Promise<SaveResult> {
    const file = this.files.proposals;
    if (!file) return { kind: 'unavailable', reason: 'Ingen lokal fil er satt opp for nye svar.' };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const exists = fs.existsSync(file);
    const before = exists ? fs.readFileSync(file, 'utf8') : '# Kuraterte svar lagret fra fanen i lokal modus. I Teams ligger de i SharePoint-listen «Kuraterte svar».\n';
    const item = { questions: p.questions, answer: p.answer, source: p.source, ...(p.link ? { link: p.link } : {}), owner: p.owner, reviewBy: p.reviewBy };
    fs.writeFileSync(file, `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${stringify([item], { lineWidth: 0 })}`);
    return { kind: 'saved', where: 'file', file };
  }
}
