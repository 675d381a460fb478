import type { ILogger } from '@microsoft/teams.common';
import { formatDateNo } from '../common/dates';
import type { WheelEntry } from '../plan/types';
import type { Occurrence } from '../reminders/occurrences';
import { REMINDER_TEXTS as T } from '../reminders/texts';
import type { CommandHandler } from './routes/message';
import { channelRef, isChannel } from './conversation-ref';
import { escapeMarkdown } from './markdown';

/** What posting the next reminder now came to. */
export type PostNextResult =
  | { kind: 'none' }
  | { kind: 'sent' | 'done' | 'busy' | 'gone' | 'throttled' | 'failed'; occurrence: Occurrence; entry: WheelEntry };

export interface ReminderNowDeps {
  /** Decides from the verified sender's aadObjectId, never from card data. */
  coordinators: (aadObjectId: string) => boolean;
  subscribed: (conversationId: string) => Promise<boolean>;
  postNext: (conversationId: string) => Promise<PostNextResult>;
  log: ILogger;
}

/**
 * "@Planassistenten påminnelse" in a channel: a coordinator posts the channel's next reminder
 * now, to see the card or to send it early. It is posted once, like any reminder: its scheduled
 * run then skips it, and the next "påminnelse" takes the one after.
 */
export function reminderNowCommand(deps: ReminderNowDeps): CommandHandler {
  return async (ctx, args) => {
    if (args.trim() !== '' && args.trim().toLowerCase() !== 'nå') return void (await ctx.send(T.nowUsage));
    if (!isChannel(ctx.activity)) return void (await ctx.send(T.nowOnlyInChannel));
    if (!deps.coordinators(ctx.activity.from.aadObjectId ?? '')) return void (await ctx.send(T.nowNotCoordinator));
    const channel = channelRef(ctx.activity).conversationId;
    if (!(await deps.subscribed(channel))) return void (await ctx.send(T.listNone));
    const result = await deps.postNext(channel);
    deps.log.info(`reminder posted on request: ${result.kind}`);
    if (result.kind === 'none') return void (await ctx.send(T.nowNoneAhead));
    const { entry, occurrence } = result;
    const date = formatDateNo(occurrence.date);
    if (result.kind === 'sent') return void (await ctx.send(T.nowPosted(escapeMarkdown(entry.title), date)));
    if (result.kind === 'busy' || result.kind === 'done') return void (await ctx.send(T.nowBusy(escapeMarkdown(entry.title))));
    await ctx.send(T.nowFailed);
  };
}
