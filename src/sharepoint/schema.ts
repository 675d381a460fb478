import { MEASURES_LIST, STATUS_LOG_LIST, type ColumnDefinition, type ListDefinition } from './columns';
import type { ListClient } from './list-client';
import type { Attempt, GraphFailure } from './retry';

/** Columns the bot cannot work without on the measures list: how it finds a measure, and what it sets. */
export const REQUIRED_MEASURE_COLUMNS = ['MeasureId', 'Status'] as const;
/** What a status write puts on a measure (see `changeToFields`); all but Status are optional. */
export const WRITTEN_MEASURE_COLUMNS = ['Status', 'StatusComment', 'UpdatedBy', 'UpdatedAt', 'ApprovedBy', 'ApprovedAt', 'DecisionId'] as const;
/** What a status log row holds besides Title (see `logToFields`); all optional. */
export const WRITTEN_LOG_COLUMNS = STATUS_LOG_LIST.columns.map((c) => c.name);

/** One list as the bot found it, after adding what it could. */
export interface ListShape {
  displayName: string;
  /** Undefined when the list does not exist and could not be created. */
  id?: string;
  /** The columns the list has (internal names). */
  columns: Set<string>;
  /** Columns the bot writes that the list still lacks. */
  missing: string[];
  /** Columns added by this read ('(list)' when the list itself was created). */
  added: string[];
}

/** Both lists a decision writes to, and why missing columns could not be added. */
export interface SchemaReport {
  measures: ListShape;
  statusLog: ListShape;
  /** SharePoint's answer to our attempt to add a column or list, when it refused. */
  refused?: string;
}

/** A list or required column is missing: the bot cannot write status at all. The message names both, in Norwegian. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
}

export interface ListNames {
  measures: string;
  statusLog: string;
}

/**
 * Reads the columns of the measures and status log lists and adds the ones the bot writes that
 * are missing, as far as the app's site permission allows (`manage`; `write` cannot). A missing
 * status log list is created the same way. Throws SchemaError when the measures list or one of
 * its required columns is missing; returns a failure when SharePoint could not be read.
 */
export async function readSchema(lists: ListClient, names: ListNames): Promise<Attempt<SchemaReport>> {
  const refusal: { said?: string } = {};
  const measuresId = await lists.findList(names.measures);
  if (!measuresId.ok) return measuresId;
  if (!measuresId.value) throw new SchemaError(`SharePoint-listen «${names.measures}» finnes ikke på området. Kjør «npm run provision:sharepoint» (se docs/install.md).`);
  const measuresDef = { ...MEASURES_LIST, displayName: names.measures };
  const have = await lists.columns(measuresId.value);
  if (!have.ok) return have;
  // Never added by the bot: a list without them is not a list of measures the bot knows how to read.
  const absent = REQUIRED_MEASURE_COLUMNS.filter((c) => !have.value.some((col) => col.name === c));
  if (absent.length > 0) {
    throw new SchemaError(
      `SharePoint-listen «${names.measures}» mangler ${absent.length > 1 ? 'kolonnene' : 'kolonnen'} ${absent.map((c) => `«${c}»`).join(' og ')}, som assistenten trenger for å skrive status. Kjør «npm run provision:sharepoint» eller legg til kolonnen (se docs/sharepoint.md).`,
    );
  }
  const measures = await shape(lists, measuresDef, measuresId.value, WRITTEN_MEASURE_COLUMNS, refusal, have.value);
  const statusLog = await statusLogShape(lists, { ...STATUS_LOG_LIST, displayName: names.statusLog }, refusal);
  if (!statusLog.ok) return statusLog;
  return { ok: true, value: { measures, statusLog: statusLog.value, ...(refusal.said ? { refused: refusal.said } : {}) } };
}

async function statusLogShape(lists: ListClient, def: ListDefinition, refusal: { said?: string }): Promise<Attempt<ListShape>> {
  const found = await lists.findList(def.displayName);
  if (!found.ok) return found;
  if (found.value) {
    const read = await lists.columns(found.value);
    return read.ok ? { ok: true, value: await shape(lists, def, found.value, WRITTEN_LOG_COLUMNS, refusal, read.value) } : read;
  }
  const created = refusal.said ? undefined : await lists.createList(def);
  if (created?.ok) return { ok: true, value: { displayName: def.displayName, id: created.value, columns: new Set(['Title', ...WRITTEN_LOG_COLUMNS]), missing: [], added: ['(list)'] } };
  if (created) refuse(created.failure, refusal);
  return { ok: true, value: { displayName: def.displayName, columns: new Set(), missing: [...WRITTEN_LOG_COLUMNS], added: [] } };
}

/** A list's columns, after adding the written ones it lacks; stops asking once SharePoint has refused. */
async function shape(
  lists: ListClient, def: ListDefinition, id: string, written: readonly string[], refusal: { said?: string }, read: ReadonlyArray<{ name: string }>,
): Promise<ListShape> {
  const columns = new Set(read.map((c) => c.name));
  const added: string[] = [];
  const missing: string[] = [];
  for (const name of written.filter((c) => !columns.has(c))) {
    const column = def.columns.find((c) => c.name === name) as ColumnDefinition;
    const r = refusal.said ? undefined : await lists.addColumn(id, column);
    // 409: added by someone else (another instance) since we read the columns.
    if (r && (r.ok || r.failure.status === 409)) {
      columns.add(name);
      added.push(name);
      continue;
    }
    if (r) refuse(r.failure, refusal);
    missing.push(name);
  }
  return { displayName: def.displayName, id, columns, missing, added };
}

/** A refusal for good (no permission, say) ends the adding for this read; a transient one is tried again next read. */
function refuse(f: GraphFailure, refusal: { said?: string }): void {
  if (!f.transient) refusal.said = f.message;
}

/** The columns of a report that are missing, as "List.Column" names. */
export function missingColumns(r: SchemaReport): string[] {
  const of = (l: ListShape) => (l.id ? l.missing.map((c) => `${l.displayName}.${c}`) : [`${l.displayName} (the list)`]);
  return [...of(r.measures), ...of(r.statusLog)];
}

/** The coordinators' notice about missing columns: what is missing, what happens meanwhile, what to do. */
export function schemaNotice(r: SchemaReport): string {
  const lines: string[] = [];
  for (const l of [r.measures, r.statusLog]) {
    if (!l.id) lines.push(`Listen «${l.displayName}» finnes ikke, og assistenten fikk ikke opprettet den. Statusloggen blir ikke skrevet før listen finnes.`);
    else if (l.missing.length) lines.push(`Listen «${l.displayName}» mangler ${l.missing.length > 1 ? 'kolonnene' : 'kolonnen'} ${l.missing.join(', ')}.`);
  }
  if (r.measures.missing.includes('DecisionId')) lines.push('Uten DecisionId skrives raden i statusloggen før statusen, så en gjentatt skriving kjennes igjen.');
  lines.push(
    'Statusene skrives likevel, uten det som mangler.',
    `${r.refused ? `Assistenten fikk ikke lagt det til (SharePoint svarte: «${r.refused}»). ` : ''}Gjør dette: gi appen rollen «manage» på SharePoint-området (installasjonsveiledningen, steg 4), eller kjør «npm run provision:sharepoint». Assistenten legger det til selv ved neste kontroll, uten omstart.`,
  );
  return lines.join(' ');
}
