/**
 * Loads a plan file (YAML, or JSON by extension) into the plan model, validated by a JSON
 * schema and by reference checks. Every problem is a PlanFileError that names file, line and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { checkPlan } from './checks';
import { formatPath, PlanFileError, type PlanIssue } from './errors';
import { lineOf, pathAt, pointerToSegments } from './locate';
import { planSchema, type PlanFile, type WheelEntryFile } from './schema';
import type { Plan, WheelEntry, WheelTiming } from './types';

export { PlanFileError } from './errors';
export type { PlanIssue } from './errors';

const validate = new Ajv({ allErrors: true, strict: true, verbose: true }).compile<PlanFile>(planSchema);

const TYPE_WORDS: Record<string, string> = {
  string: 'tekst (sett verdien i anførselstegn, f.eks. "1.1")', integer: 'et heltall', number: 'et tall',
  array: 'en liste', object: 'et objekt med felter',
};

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': return `mangler feltet "${String(p.missingProperty)}"`;
    case 'additionalProperties': return `ukjent felt "${String(p.additionalProperty)}"`;
    case 'type': return `må være ${TYPE_WORDS[String(p.type)] ?? String(p.type)}`;
    case 'enum': return `${JSON.stringify(e.data)} er ikke tillatt; bruk en av: ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'pattern': return `${JSON.stringify(e.data)} har feil format`;
    case 'minLength': case 'minItems': return 'kan ikke være tom';
    case 'minimum': case 'maximum': return `${JSON.stringify(e.data)} er utenfor tillatt område`;
    default: return e.message ?? 'ugyldig verdi';
  }
}

function toWheelEntry(w: WheelEntryFile): WheelEntry {
  const { months, day, time, every, firstYear, deadline, when } = w;
  const opt = <T extends object>(o: T): Partial<T> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const timing: WheelTiming = months
    ? { kind: 'months', months, ...opt({ every, firstYear, day, time }) }
    : deadline
      ? { kind: 'deadline', deadline, ...opt({ time }) }
      : { kind: 'text', text: when ?? '', ...opt({ day, time }) };
  return {
    id: w.id, title: w.title, todo: w.todo, measures: w.measures ?? [], audience: w.audience,
    ...(w.responsible ? { responsible: w.responsible } : {}), timing,
  };
}

/** Parses plan text; `fileName` decides YAML or JSON and is named in every error. */
export function parsePlan(text: string, fileName: string): Plan {
  return parsePlanWithLines(text, fileName).plan;
}

/** Each goal's, measure's and wheel entry's line in the file, so problems can point at them. */
export interface PlanLines {
  goals: number[];
  measures: number[];
  wheel: number[];
}

/** Like parsePlan, and where each row starts. */
export function parsePlanWithLines(text: string, fileName: string): { plan: Plan; lines: PlanLines } {
  const counter = new LineCounter();
  const json = path.extname(fileName).toLowerCase() === '.json';
  // YAML 1.2 reads JSON too, and gives both the same line positions.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true, ...(json ? { schema: 'json' } : {}) });
  if (doc.errors.length > 0) {
    // Only the first: later syntax errors are mostly echoes of it.
    const e = doc.errors[0]!;
    const field = pathAt(doc, e.pos[0]);
    const what = (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:?$/, '');
    throw new PlanFileError(fileName, [{
      path: field.length > 0 ? formatPath(field) : '(syntaks)',
      line: e.linePos?.[0].line ?? 1,
      message: `ugyldig ${json ? 'JSON' : 'YAML'}, kolonne ${e.linePos?.[0].col ?? '?'}: ${what}`,
    }]);
  }
  const data: unknown = doc.toJS();
  let issues: PlanIssue[];
  if (!validate(data)) {
    issues = (validate.errors ?? []).map((e) => {
      const segs = pointerToSegments(e.instancePath);
      const p = e.params as Record<string, unknown>;
      const key = e.keyword === 'additionalProperties' ? String(p.additionalProperty) : undefined;
      const field = e.keyword === 'required' ? [...segs, String(p.missingProperty)] : key ? [...segs, key] : segs;
      return { path: formatPath(field), line: lineOf(doc, counter, segs, key), message: describe(e) };
    });
  } else {
    issues = checkPlan(data).map((i) => ({ path: formatPath(i.path), line: lineOf(doc, counter, i.path), message: i.message }));
  }
  if (issues.length > 0) throw new PlanFileError(fileName, issues.sort((a, b) => a.line - b.line));
  const file = data as PlanFile;
  const rowLines = (list: keyof PlanLines, n: number) => Array.from({ length: n }, (_, i) => lineOf(doc, counter, [list, i]));
  const plan: Plan = {
    municipality: file.municipality, title: file.title, ...(file.period ? { period: file.period } : {}),
    goals: file.goals, measures: file.measures, owners: file.owners ?? [], coordinators: file.coordinators ?? [],
    contacts: file.contacts ?? [], wheel: (file.wheel ?? []).map(toWheelEntry),
    ...(file.audiences ? { audiences: file.audiences } : {}),
  };
  return {
    plan,
    lines: { goals: rowLines('goals', plan.goals.length), measures: rowLines('measures', plan.measures.length), wheel: rowLines('wheel', plan.wheel.length) },
  };
}

/** Reads and parses a plan file; a missing file is a PlanFileError too. */
export function loadPlan(file: string): Plan {
  return readPlanFile(file).plan;
}

/** Like loadPlan, and where each row starts in the file. */
export function readPlanFile(file: string): { plan: Plan; lines: PlanLines } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new PlanFileError(file, [{ path: '(fil)', line: 0, message: `kan ikke leses (${(err as NodeJS.ErrnoException).code ?? 'ukjent feil'})` }]);
  }
  return parsePlanWithLines(text, file);
}
