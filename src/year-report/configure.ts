import type { ILogger } from '@microsoft/teams.common';
import type { Config } from '../config';
import { graphConnection } from '../sharepoint/configure';
import type { GetHandler } from '../server/restify-adapter';
import type { YearReportSources } from './gather';
import { LOCAL_REPORTS_ROUTE, LocalReportStore } from './local-store';
import { saveYearReport, type SaveYearReportResult } from './service';
import { SharePointReportStore } from './sharepoint-store';
import type { ReportStore } from './store';
import { YEAR_REPORT_TEXTS } from './texts';

type StoreConfig = Parameters<typeof graphConnection>[0] & Pick<Config, 'mode' | 'dataDir' | 'sharepointSiteId' | 'sharepointDriveId'>;

/**
 * Where reports are saved: the plan's SharePoint library when a site is configured (the same
 * site and library as knowledge sync), else in local mode the data folder, served by the bot.
 * In tenant mode without a site there is nowhere people could open them: undefined.
 */
export function configuredReportStore(config: StoreConfig, deps: { baseUrl: () => string; log: ILogger }): ReportStore | undefined {
  if (config.sharepointSiteId) {
    return new SharePointReportStore({
      graph: graphConnection(config),
      siteId: config.sharepointSiteId,
      ...(config.sharepointDriveId ? { driveId: config.sharepointDriveId } : {}),
      log: deps.log,
    });
  }
  if (config.mode === 'local') return new LocalReportStore({ dataDir: config.dataDir, baseUrl: deps.baseUrl, log: deps.log });
  return undefined;
}

/** The yearly report, wired to the live stores: what the chat command and the tab call. */
export interface YearReports {
  /** Makes and saves the report of `year`; the year is checked by the caller (`parseReportYear`). */
  save(year: number): Promise<SaveYearReportResult>;
  /** GET routes the bot serves: local mode's report downloads. */
  getRoutes: Array<{ path: string; handler: GetHandler }>;
}

/** Builds the report service from config and the stores the bot already holds. */
export function createYearReports(config: StoreConfig, deps: YearReportSources & { baseUrl: () => string; log: ILogger }): YearReports {
  const log = deps.log.child('year-report');
  const store = configuredReportStore(config, { baseUrl: deps.baseUrl, log });
  return {
    save: async (year) => (store ? saveYearReport({ ...deps, store, log }, year) : { kind: 'failed', message: YEAR_REPORT_TEXTS.noStorage }),
    getRoutes: store instanceof LocalReportStore ? [{ path: `${LOCAL_REPORTS_ROUTE}/:id`, handler: store.handler() }] : [],
  };
}
