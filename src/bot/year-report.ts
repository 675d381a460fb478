import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import { parseReportYear, YEAR_REPORT_TEXTS as T, type SaveYearReportResult } from '../year-report';
import { cardAttachment, renderCard } from './cards';
import type { Feature } from './features';
import { escapeMarkdown } from './markdown';
import { senderOf } from './measures/feature';
import type { MessageCtx } from './routes/message';

export interface YearReportFeatureDeps {
  /** Decided from the verified sender, never from what the message says. */
  isCoordinator(user: { aadObjectId: string }): boolean;
  /** Makes and saves the report of a year (`saveYearReport` bound to the live stores). */
  save(year: number): Promise<SaveYearReportResult>;
  clock: Clock;
  log: ILogger;
}

/** The reply card: the link to the saved report and a line of what it holds. */
export function yearReportCard(r: Extract<SaveYearReportResult, { kind: 'saved' }>) {
  const f = r.facts;
  return renderCard('year-report', {
    year: r.year,
    facts: `${f.measures} tiltak · ${f.overdue} med passert frist · ${f.decisions} beslutninger i ${r.year} · årshjulet: ${f.wheelDone} av ${f.wheelTotal} aktiviteter gjort`,
    linkText: escapeMarkdown(r.name),
    url: r.url,
    where: r.where,
  });
}

/** "rapport [år]": coordinators get the yearly status report as a Word document, linked in chat. */
export function yearReportFeature(deps: YearReportFeatureDeps): Feature {
  const log = deps.log.child('year-report');
  async function rapport(ctx: MessageCtx, args: string): Promise<void> {
    const me = senderOf(ctx.activity);
    if (!me || !deps.isCoordinator(me)) return void (await ctx.send(T.notCoordinator));
    const choice = parseReportYear(args, deps.clock.now());
    if (!choice.ok) return void (await ctx.send(choice.message));
    const result = await deps.save(choice.year);
    if (result.kind === 'failed') return void (await ctx.send(result.message));
    log.info(`year report ${choice.year} made`);
    await ctx.send({ type: 'message', attachments: [cardAttachment(yearReportCard(result))] });
  }
  return { commands: { rapport } };
}
