import type { Config } from '../config';
import { FilePlanSource, type PlanSource } from '../plan/source';
import type { Plan } from '../plan/types';
import type { Db } from '../storage/database';
import { SqliteMeasureRepository } from '../measures/sqlite-repository';
import type { MeasureRepository } from '../measures/types';
import { createGraphClient, type GraphConnection } from './graph-client';
import { SharePointMeasureRepository } from './sharepoint-repository';
import { SharePointPlanSource } from './plan-source';

type GraphConfig = Pick<Config, 'production' | 'graphBaseUrl' | 'graphStaticToken' | 'clientId' | 'clientSecret' | 'tenantId'>;
type RepositoryConfig = GraphConfig & Pick<Config, 'sharepointSiteId' | 'sharepointMeasuresList'>;

/** The Graph connection from config: app credentials, or a static token in development. */
export function graphConnection(config: GraphConfig): GraphConnection {
  return createGraphClient({
    production: config.production,
    baseUrl: config.graphBaseUrl,
    ...(config.graphStaticToken ? { staticToken: config.graphStaticToken } : {}),
    ...(config.clientId ? { clientId: config.clientId } : {}),
    ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}),
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
  });
}

/**
 * The configured measure store: the SharePoint list when SHAREPOINT_SITE_ID is set, else SQLite
 * in the given database, seeded from the plan (missing measures only) on every start.
 */
export function configuredMeasureRepository(config: RepositoryConfig, db: Db, plan: Pick<Plan, 'measures'>): MeasureRepository {
  if (config.sharepointSiteId) {
    return new SharePointMeasureRepository(graphConnection(config), {
      siteId: config.sharepointSiteId,
      ...(config.sharepointMeasuresList ? { measuresList: config.sharepointMeasuresList } : {}),
    });
  }
  const sqlite = new SqliteMeasureRepository(db);
  sqlite.seedFromPlan(plan);
  return sqlite;
}

type PlanSourceConfig = GraphConfig & Pick<Config, 'planSource' | 'planFile' | 'sharepointSiteId' | 'coordinatorsGroupId' | 'sharepointMeasuresList' | 'sharepointGoalsList' | 'sharepointWheelList'>;

/**
 * The plan's source from config: the plan file, or the SharePoint lists (PLAN_SOURCE). With the
 * lists, the plan file still gives what the lists do not hold: the municipality, title, contacts.
 */
export function configuredPlanSource(config: PlanSourceConfig, base: Pick<Plan, 'municipality' | 'title' | 'contacts'> & { period?: string }, graph?: GraphConnection): PlanSource {
  if (config.planSource === 'file') return new FilePlanSource(config.planFile);
  return new SharePointPlanSource(graph ?? graphConnection(config), {
    siteId: config.sharepointSiteId ?? '',
    base,
    ...(config.coordinatorsGroupId ? { coordinatorsGroupId: config.coordinatorsGroupId } : {}),
    lists: {
      ...(config.sharepointGoalsList ? { goals: config.sharepointGoalsList } : {}),
      ...(config.sharepointMeasuresList ? { measures: config.sharepointMeasuresList } : {}),
      ...(config.sharepointWheelList ? { wheel: config.sharepointWheelList } : {}),
    },
  });
}
