import { renderYearReport } from './docx';
import { yearReportModel } from './model';
import type { YearReportInput } from './types';

/** The MIME type of a Word document, for uploads and downloads. */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The yearly status report as a .docx, from inputs the caller gathered (see `gatherYearReportInput`).
 * Reads no store, so the bot, the tab and tests make the same document from the same data.
 */
export async function buildYearReport(input: YearReportInput): Promise<Buffer> {
  return renderYearReport(yearReportModel(input));
}
