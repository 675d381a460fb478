import type { ILogger } from '@microsoft/teams.common';
import { RepositoryUnavailableError } from '../measures/types';
import { renderYearReport } from './docx';
import { reportFileName } from './file-name';
import { gatherYearReportInput, type YearReportSources } from './gather';
import { yearReportModel } from './model';
import type { ReportStore } from './store';
import { YEAR_REPORT_TEXTS as T } from './texts';

export interface YearReportServiceDeps extends YearReportSources {
  store: ReportStore;
  log: ILogger;
}

/** What the chat reply and the tab show about a saved report. */
export interface YearReportFacts {
  measures: number;
  overdue: number;
  decisions: number;
  wheelDone: number;
  wheelTotal: number;
}

export type SaveYearReportResult =
  | { kind: 'saved'; url: string; name: string; year: number; where: string; facts: YearReportFacts }
  /** Nothing was saved; `message` is for the user (Norwegian). */
  | { kind: 'failed'; message: string };

/**
 * Makes the report of `year` from the live stores and saves it where this deployment keeps
 * reports (SharePoint, or the local data folder). The year is checked by the caller
 * (`parseReportYear`). Expected failures come back as values with a Norwegian message.
 */
export async function saveYearReport(deps: YearReportServiceDeps, year: number): Promise<SaveYearReportResult> {
  let input;
  try {
    input = await gatherYearReportInput(deps, year);
  } catch (err) {
    if (!(err instanceof RepositoryUnavailableError)) throw err;
    return { kind: 'failed', message: T.unavailable };
  }
  const model = yearReportModel(input);
  const bytes = await renderYearReport(model);
  const saved = await deps.store.save(reportFileName(year, model.planTitle), bytes);
  if (saved.kind === 'failed') return { kind: 'failed', message: saved.reason === 'locked' ? T.locked : T.uploadFailed };
  return {
    kind: 'saved',
    ...saved.report,
    year,
    where: deps.store.where,
    facts: {
      measures: model.goals.reduce((n, g) => n + g.measures.length, 0),
      overdue: model.overdue.length,
      decisions: model.decisions.length,
      wheelDone: model.wheel.filter((w) => w.state === 'done').length,
      wheelTotal: model.wheel.length,
    },
  };
}
