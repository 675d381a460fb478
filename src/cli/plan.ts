/**
 * `plan import FILE.docx [--json] [--out FILE.yaml] [--sharepoint] [--municipality NAVN] [--audience MÅLGRUPPE]`,
 * `plan check [--json]` and `plan export [--out FILE.yaml]`. Check and export read the configured
 * plan (PLAN_SOURCE: the plan file or the SharePoint lists). Bad arguments exit 2.
 */
import fs from 'node:fs';
import { createRootLogger } from '../common/logger';
import { loadConfig, type Config } from '../config';
import { planYaml } from '../plan/export';
import { DocxReadError } from '../plan/import/docx-blocks';
import { draftPlan } from '../plan/import/draft';
import { importDocx } from '../plan/import/import';
import { LivePlan } from '../plan/live';
import { loadPlan, PlanFileError } from '../plan/load';
import { formatProblem } from '../plan/problems';
import type { Plan } from '../plan/types';
import { configuredPlanSource, graphConnection } from '../sharepoint/configure';
import type { GraphConnection } from '../sharepoint/graph-client';
import { provisionSharePoint } from '../sharepoint/provision';
import { takeFlag, takeOption, UsageError } from './args';

const USAGE = 'Bruk: plan import FIL.docx [--json] [--out FIL.yaml] [--sharepoint] | plan check [--json] | plan export [--out FIL.yaml]';

export interface PlanCliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  /** Tests pass the emulator's connection. */
  graph?: () => GraphConnection;
}

async function importCommand(args: string[], io: PlanCliIo): Promise<number> {
  const json = takeFlag(args, '--json');
  const toSharePoint = takeFlag(args, '--sharepoint');
  const out = takeOption(args, '--out');
  const municipality = takeOption(args, '--municipality');
  const audience = takeOption(args, '--audience');
  if (args.length !== 1) throw new UsageError('import tar nøyaktig én Word-fil');
  const file = args[0]!;
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (err) {
    io.err(`Kan ikke lese ${file} (${(err as NodeJS.ErrnoException).code ?? 'ukjent feil'}).`);
    return 1;
  }
  const imported = await importDocx(data);
  const draft = draftPlan(imported, { ...(municipality ? { municipality } : {}), ...(audience ? { audience } : {}) });
  if (json) io.out(JSON.stringify({ goals: imported.goals, measures: imported.measures, warnings: imported.warnings }));
  else {
    io.out(`Fant ${imported.goals.length} delmål og ${imported.measures.length} tiltak i ${file}.`);
    if (imported.heading) io.out(`Tittel: ${imported.heading.title}`);
    for (const w of imported.warnings) io.out(`Advarsel: ${w}`);
  }
  if (out) {
    fs.writeFileSync(out, planYaml(draft, `Utkast fra ${file}. Les over, rett og fyll inn eiere og koordinatorer før bruk.`));
    io.err(`Skrev utkast til ${out}: ${draft.measures.length} tiltak, ${draft.wheel.length} forslag til årshjul.`);
  }
  if (toSharePoint) return addToSharePoint(draft, io);
  return 0;
}

/** Adds the draft's rows that the lists do not have yet; existing rows are never changed. */
async function addToSharePoint(draft: Plan, io: PlanCliIo): Promise<number> {
  const config = loadConfig(io.env);
  if (!config.sharepointSiteId) {
    io.err('SHAREPOINT_SITE_ID mangler. Sett den til id-en for SharePoint-området (se docs/sharepoint.md).');
    return 2;
  }
  const r = await provisionSharePoint(io.graph?.() ?? graphConnection(config), {
    siteId: config.sharepointSiteId, goals: draft.goals, measures: draft.measures, wheel: draft.wheel,
    ...listNames(config),
  });
  io.err(`SharePoint: ${r.goalsImported.length} nye delmål, ${r.measuresImported.length} nye tiltak, ${r.wheelImported.length} nye årshjul-aktiviteter; ${r.measuresKept} tiltak fantes og er ikke endret.`);
  return 0;
}

function listNames(config: Config) {
  return {
    ...(config.sharepointMeasuresList ? { measuresList: config.sharepointMeasuresList } : {}),
    ...(config.sharepointGoalsList ? { goalsList: config.sharepointGoalsList } : {}),
    ...(config.sharepointWheelList ? { wheelList: config.sharepointWheelList } : {}),
  };
}

/** The configured plan, read once, as the bot would read it. */
async function readConfigured(io: PlanCliIo): Promise<LivePlan> {
  const config = loadConfig(io.env);
  let base: Pick<Plan, 'municipality' | 'title' | 'contacts'> = { municipality: 'Kommunen', title: 'Handlingsplan mot vold i nære relasjoner', contacts: [] };
  if (config.planSource === 'sharepoint' && fs.existsSync(config.planFile)) base = loadPlan(config.planFile);
  const source = configuredPlanSource(config, base, config.planSource === 'sharepoint' ? io.graph?.() : undefined);
  const plan = new LivePlan(source, createRootLogger('error', () => {}), { initial: base });
  await plan.refresh({ throwFileErrors: true });
  return plan;
}

async function checkCommand(args: string[], io: PlanCliIo): Promise<number> {
  const json = takeFlag(args, '--json');
  if (args.length) throw new UsageError(`ukjent argument: ${args[0]}`);
  const plan = await readConfigured(io);
  if (json) io.out(JSON.stringify({ problems: plan.problems }));
  else if (plan.problems.length === 0) io.out('Ingen problemer i planen.');
  else {
    io.out(`Planen har ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 'er'}:`);
    for (const p of plan.problems) io.out(`- ${formatProblem(p)}`);
  }
  return plan.problems.length ? 1 : 0;
}

async function exportCommand(args: string[], io: PlanCliIo): Promise<number> {
  const out = takeOption(args, '--out');
  if (args.length) throw new UsageError(`ukjent argument: ${args[0]}`);
  const plan = await readConfigured(io);
  const yaml = planYaml(plan, `Eksportert fra ${plan.kind === 'sharepoint' ? 'SharePoint-listene' : 'planfilen'}.`);
  if (out) {
    fs.writeFileSync(out, yaml);
    io.err(`Skrev ${out}: ${plan.goals.length} delmål, ${plan.measures.length} tiltak, ${plan.wheel.length} årshjul-aktiviteter.`);
  } else io.out(yaml.trimEnd());
  return 0;
}

/** Runs the CLI and returns the exit code. */
export async function runPlanCli(argv: readonly string[], io: PlanCliIo): Promise<number> {
  const args = [...argv];
  try {
    const command = args.shift();
    if (command === 'import') return await importCommand(args, io);
    if (command === 'check') return await checkCommand(args, io);
    if (command === 'export') return await exportCommand(args, io);
    throw new UsageError(command ? `ukjent kommando: ${command}` : 'mangler kommando');
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof PlanFileError || err instanceof DocxReadError) {
      io.err(err.message);
      return 1;
    }
    if (err instanceof Error && err.name === 'PlanListsUnavailableError') {
      io.err(`Fikk ikke lest SharePoint-listene: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  runPlanCli(process.argv.slice(2), { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n'), env: process.env }).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`Feil: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
