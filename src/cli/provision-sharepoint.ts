/**
 * `npm run provision:sharepoint`: creates the Goals, Measures, Wheel and StatusLog lists (and the
 * municipality's "Kuraterte svar" and "Synonymer") in
 * SHAREPOINT_SITE_ID, adds missing columns (idempotent) and imports PLAN_FILE's rows that are missing. Safe to run again: existing
 * lists, columns and items, and their status, are left as they are.
 */
import { loadConfig } from '../config';
import { loadPlan } from '../plan/load';
import { graphConnection } from '../sharepoint/configure';
import type { GraphConnection } from '../sharepoint/graph-client';
import { ensureCuratedLists } from '../sharepoint/curated-lists';
import { provisionSharePoint, type ProvisionReport } from '../sharepoint/provision';

/** Norwegian lines describing what provisioning did. */
export function describeReport(r: ProvisionReport): string[] {
  const lines = describeLists(r.lists);
  lines.push(`Tiltak importert: ${r.measuresImported.length}${r.measuresImported.length ? ` (${r.measuresImported.join(', ')})` : ''}; uendret: ${r.measuresKept}`);
  lines.push(`Delmål importert: ${r.goalsImported.length}; årshjul-aktiviteter importert: ${r.wheelImported.length}`);
  return lines;
}

/** One line per list: created or there already, and the columns added. */
function describeLists(lists: ProvisionReport['lists']): string[] {
  return lists.map((l) => `${l.displayName}: ${l.created ? 'opprettet' : 'fantes'}${l.columnsAdded.length ? `, nye kolonner: ${l.columnsAdded.join(', ')}` : ''}`);
}

export async function runProvision(env: NodeJS.ProcessEnv, out: (t: string) => void, graphFor?: () => GraphConnection): Promise<number> {
  const config = loadConfig(env);
  if (!config.sharepointSiteId) {
    out('SHAREPOINT_SITE_ID mangler. Sett den til id-en for SharePoint-området (se docs/sharepoint.md).');
    return 2;
  }
  const graph = graphFor?.() ?? graphConnection(config);
  const plan = loadPlan(config.planFile);
  const report = await provisionSharePoint(graph, {
    siteId: config.sharepointSiteId,
    measures: plan.measures,
    goals: plan.goals,
    wheel: plan.wheel,
    ...(plan.audiences ? { audiences: plan.audiences } : {}),
    ...(config.sharepointMeasuresList ? { measuresList: config.sharepointMeasuresList } : {}),
    ...(config.sharepointGoalsList ? { goalsList: config.sharepointGoalsList } : {}),
    ...(config.sharepointWheelList ? { wheelList: config.sharepointWheelList } : {}),
  });
  describeReport(report).forEach((l) => out(l));
  // The municipality's curated answers and staff words (docs/knowledge.md); no rows are imported.
  describeLists(await ensureCuratedLists(graph, { siteId: config.sharepointSiteId })).forEach((l) => out(l));
  return 0;
}

if (require.main === module) {
  runProvision(process.env, (t) => process.stdout.write(t + '\n')).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`Feil: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
