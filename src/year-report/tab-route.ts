import type { Clock } from '../common/clock';
import type { TabRoute } from '../tab/routes';
import type { SaveYearReportResult } from './service';
import { parseReportYear } from './year';

/** What the tab's report button gets back. */
export interface YearReportDto {
  url: string;
  name: string;
  year: number;
  /** Where it was saved, in Norwegian ("i SharePoint, mappen «Rapporter»"). */
  where: string;
}

/**
 * POST /api/tab/report, for coordinators only: makes and saves the year's status report, as
 * `rapport [år]` does in chat. Body `{ "year": "2026" }`; no year means this year (Europe/Oslo).
 */
export function yearReportTabRoute(deps: { save(year: number): Promise<SaveYearReportResult>; clock: Clock }): TabRoute {
  return {
    method: 'POST', path: '/report', coordinatorOnly: true,
    handler: async ({ body }) => {
      const raw = body && typeof body === 'object' ? (body as { year?: unknown }).year : undefined;
      if (raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') return { status: 400, body: { error: 'Året må være et årstall.' } };
      const choice = parseReportYear(raw === undefined ? '' : String(raw), deps.clock.now());
      if (!choice.ok) return { status: 400, body: { error: choice.message } };
      const result = await deps.save(choice.year);
      if (result.kind !== 'saved') return { status: 503, body: { error: result.message } };
      const dto: YearReportDto = { url: result.url, name: result.name, year: result.year, where: result.where };
      return { status: 200, body: dto };
    },
  };
}
