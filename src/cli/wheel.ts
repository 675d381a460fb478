/**
 * `wheel parse [--json] "text"` and `wheel preview --from D --to D [--json] [--plan FILE]`.
 * Output goes to stdout; bad arguments give a Norwegian message on stderr and exit code 2.
 */
import { systemClock, type Clock } from '../common/clock';
import { formatDateNo } from '../common/dates';
import { takeFlag, takeOption, UsageError } from './args';
import { loadPlan, PlanFileError } from '../plan/load';
import type { Plan } from '../plan/types';
import { isValidYmd } from '../reminders/calendar';
import { computeOccurrences, type OccurrenceResult } from '../reminders/occurrences';
import { parseTiming, parseTimingDetail, type ParsedTiming } from '../reminders/wheel-parse';

const DEFAULT_PLAN = 'data/eksempel-kommune/plan.yaml';
const USAGE = 'Bruk: wheel parse [--json] "tekst" | wheel preview --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--json] [--plan FIL]';

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  clock: Clock;
}

const MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const REASONS: Record<string, string> = {
  continuous: 'løpende – ingen fast tid',
  unresolved: 'tiden kan ikke plasseres – velg måned eller frist',
  'no-first-year': 'hvert N. år uten første år – angi firstYear',
};
const KINDS: Record<string, string> = {
  month: 'månedlig påminnelse', 'deadline-30': '30 dager før frist', 'deadline-7': '7 dager før frist', 'deadline-0': 'fristdag',
};

/** A readable Norwegian summary of a parsed timing. */
export function describeTiming(p: ParsedTiming & { weeks?: number[] }): string {
  const parts: string[] = [];
  if (p.weeks?.length) parts.push(`uke ${p.weeks.join(', ')}`);
  if (p.months.length > 0) parts.push(`måneder: ${p.months.map((m) => MONTH_NAMES[m - 1]).join(', ')}`);
  if (p.every !== null) parts.push(p.every === 1 ? 'hvert år' : `hvert ${p.every}. år`);
  if (p.firstYear !== null) parts.push(`første gang ${p.firstYear}`);
  if (p.deadline !== null) parts.push(`frist ${formatDateNo(p.deadline)}`);
  if (p.continuous) parts.push('løpende');
  if (p.unresolved) parts.push('kan ikke plasseres i årshjulet (uavklart)');
  return parts.join('; ');
}


function previewText(plan: Plan, result: OccurrenceResult): string {
  const byId = new Map(plan.wheel.map((e) => [e.id, e]));
  const lines = result.occurrences.map((o) => {
    const e = byId.get(o.entryId);
    const time = o.at.toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });
    return `${formatDateNo(o.date)} ${time}  [${e?.audience ?? '?'}]  ${o.entryId} ${e?.title ?? ''} (${KINDS[o.kind]})`;
  });
  if (lines.length === 0) lines.push('Ingen påminnelser i perioden.');
  if (result.unplaced.length > 0) {
    lines.push('', 'Ikke plassert i årshjulet (postes ikke før noen velger tid):');
    for (const u of result.unplaced) {
      lines.push(`  ${u.entryId} ${u.title} [${u.audience}]: ${REASONS[u.reason]}${u.text ? ` («${u.text}»)` : ''}`);
    }
  }
  return lines.join('\n');
}

function preview(args: string[], json: boolean, io: CliIo): void {
  const from = takeOption(args, '--from');
  const to = takeOption(args, '--to');
  const file = takeOption(args, '--plan') ?? io.env.PLAN_FILE ?? DEFAULT_PLAN;
  if (args.length > 0) throw new UsageError(`ukjent argument: ${args[0]}`);
  if (!from || !to || !isValidYmd(from) || !isValidYmd(to)) throw new UsageError('--from og --to må være datoer (ÅÅÅÅ-MM-DD)');
  if (from > to) throw new UsageError('--from må være før eller lik --to');
  const plan = loadPlan(file);
  const result = computeOccurrences(plan.wheel, { from, to }, io.clock);
  if (!json) return io.out(previewText(plan, result));
  const byId = new Map(plan.wheel.map((e) => [e.id, e]));
  io.out(JSON.stringify({
    occurrences: result.occurrences.map((o) => ({
      ...o, at: o.at.toISOString(), audience: byId.get(o.entryId)?.audience, title: byId.get(o.entryId)?.title,
    })),
    unplaced: result.unplaced,
  }));
}

/** Runs the CLI and returns the exit code. */
export function runWheelCli(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  try {
    const command = args.shift();
    const json = takeFlag(args, '--json');
    if (command === 'parse') {
      if (args.length !== 1) throw new UsageError('parse tar nøyaktig én tekst');
      io.out(json ? JSON.stringify(parseTiming(args[0] ?? '')) : describeTiming(parseTimingDetail(args[0] ?? '')));
    } else if (command === 'preview') {
      preview(args, json, io);
    } else {
      throw new UsageError(command ? `ukjent kommando: ${command}` : 'mangler kommando');
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof PlanFileError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  process.exitCode = runWheelCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
    env: process.env,
    clock: systemClock,
  });
}
