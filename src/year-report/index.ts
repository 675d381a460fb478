/**
 * The yearly status report: the plan's goals and measures with status, the year's decisions,
 * overdue measures and the wheel's activities done and not done, as a Word document saved in
 * SharePoint ("Rapporter") or, in local mode, served by the bot. See docs/report.md.
 */
export { buildYearReport, DOCX_CONTENT_TYPE } from './build';
export { yearReportModel } from './model';
export { renderYearReport } from './docx';
export { gatherYearReportInput, type YearReportSources } from './gather';
export { saveYearReport, type SaveYearReportResult, type YearReportFacts, type YearReportServiceDeps } from './service';
export { parseReportYear, type YearChoice } from './year';
export { reportFileName } from './file-name';
export { LocalReportStore, LOCAL_REPORTS_ROUTE } from './local-store';
export { SharePointReportStore } from './sharepoint-store';
export type { ReportStore, SavedReport, StoreResult } from './store';
export { YEAR_REPORT_TEXTS } from './texts';
export type * from './types';
export { configuredReportStore, createYearReports, type YearReports } from './configure';
