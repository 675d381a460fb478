/**
 * `measures list [--json]`: the measures and their status from where the bot keeps them: the
 * SharePoint list when SHAREPOINT_SITE_ID is set, else the state store (STATE_STORE: SQLite in
 * DATA_DIR or Azure Table Storage), seeded from PLAN_FILE on first run.
 * Bad arguments give a Norwegian message on stderr and exit code 2.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import type { MeasureRepository } from '../measures/types';
import { loadPlan } from '../plan/load';
import type { Measure } from '../plan/types';
import { configuredMeasureRepository } from '../sharepoint/configure';
import { openDatabase } from '../storage/database';
import { openState } from '../storage/state';

const USAGE = 'Bruk: measures list [--json]';

/** Where the CLI writes; tests pass their own. */
export interface MeasuresCliIo {
  out(text: string): void;
  err(text: string): void;
}

const osloTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

function when(iso: string | undefined): string {
  return iso ? osloTime.format(new Date(iso)) : '–';
}

/** One readable line per measure: id, title, status, who updated and approved, and when. */
export function formatMeasure(m: Measure): string {
  const updated = m.updatedBy ? `oppdatert ${when(m.updatedAt)} av ${m.updatedBy}` : 'ikke oppdatert';
  const approved = m.approvedBy ? `godkjent ${when(m.approvedAt)} av ${m.approvedBy}` : 'ikke godkjent';
  return `${m.id}\t${m.title}\t${m.status}\t${updated}\t${approved}`;
}

export async function runMeasuresCli(argv: string[], repo: () => MeasureRepository | Promise<MeasureRepository>, io: MeasuresCliIo): Promise<number> {
  const [command, ...rest] = argv;
  const unknown = rest.filter((a) => a !== '--json');
  if (command !== 'list' || unknown.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const measures = await (await repo()).list();
  if (rest.includes('--json')) io.out(JSON.stringify(measures, null, 2));
  else for (const m of measures) io.out(formatMeasure(m));
  return 0;
}

if (require.main === module) {
  const io: MeasuresCliIo = { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') };
  const open = async (): Promise<MeasureRepository> => {
    const config = loadConfig();
    const db = openDatabase(path.join(config.dataDir, 'assistant.db'));
    // The same place the bot keeps them: SharePoint, or the configured state store.
    if (config.sharepointSiteId) return configuredMeasureRepository(config, db, loadPlan(config.planFile));
    return (await openState(config, db)).measures(loadPlan(config.planFile));
  };
  runMeasuresCli(process.argv.slice(2), open, io).then(
    (code) => process.exit(code),
    (err: unknown) => {
      io.err(`Feil: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
