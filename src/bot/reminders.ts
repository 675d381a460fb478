import type { Activity, ActivityLike } from '@microsoft/teams.api';
import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import { maskPersonalData } from '../common/mask';
import { escapeMarkdown } from './markdown';
import type { Plan, WheelEntry } from '../plan/types';
import { reminderCardData } from '../reminders/card-data';
import { isValidYmd, osloDate } from '../reminders/calendar';
import type { DoneRecord, ReminderLedger } from '../reminders/ledger';
import { computeOccurrences, type Occurrence } from '../reminders/occurrences';
import type { SubscriptionStore } from '../reminders/subscriptions';
import { REMINDER_TEXTS as T } from '../reminders/texts';
import type { ConversationRef, ConversationStore } from '../storage/conversation-store';
import { cardAttachment, renderCard } from './cards';
import { channelRef, isChannel } from './conversation-ref';
import type { Feature } from './features';
import type { MessageCtx } from './routes/message';
import type { VerbHandler } from './routes/card-action';
import { reminderNowCommand, type PostNextResult } from './reminder-now';
import { wheelCard } from './wheel-card';

/** Raised once per reminder when someone first marks it done; the seam to the Report capability. */
export interface ReminderDone extends DoneRecord {
  measures: string[];
}

export interface RemindersFeatureDeps {
  plan: Pick<Plan, 'wheel' | 'measures'>;
  subscriptions: SubscriptionStore;
  ledger: ReminderLedger;
  conversations: ConversationStore;
  clock: Clock;
  log: ILogger;
  /** Decides from the verified sender's aadObjectId, never from card data. */
  coordinators: (aadObjectId: string) => boolean;
  measureStatus?: (id: string) => string | undefined;
  onDone?: (done: ReminderDone) => Promise<void> | void;
  /** Posts a channel's next reminder now ("påminnelse"); the command is there when this is. */
  postNext?: (conversationId: string) => Promise<PostNextResult>;
}

/** The reminder card as an activity, for the dispatcher. */
export function reminderActivity(deps: Pick<RemindersFeatureDeps, 'plan' | 'measureStatus'>, occ: Occurrence, entry: WheelEntry, late: boolean): ActivityLike {
  const data = reminderCardData(deps.plan, entry, occ, { late, ...(deps.measureStatus ? { measureStatus: deps.measureStatus } : {}) });
  return { type: 'message', attachments: [cardAttachment(renderCard('reminder', data))] };
}

/** Subscriptions, "årshjul" and the reminder card's "Marker som gjort", in Teams. */
export function remindersFeature(deps: RemindersFeatureDeps): Feature {
  const log = deps.log.child('reminders');
  // Read at each command: the wheel may change while the bot runs.
  const audienceList = () => [...new Set(deps.plan.wheel.map((e) => e.audience))].sort();

  /** Checks shared by abonner/avslutt; returns the audience, or undefined after answering. */
  async function changeAllowed(ctx: MessageCtx, args: string): Promise<string | undefined> {
    if (!isChannel(ctx.activity)) return void (await ctx.send(T.onlyInChannel));
    if (!deps.coordinators(ctx.activity.from.aadObjectId ?? '')) return void (await ctx.send(T.notCoordinator));
    const audiences = audienceList();
    const audience = (args.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/[«»"'.!?,]/g, '');
    // Audiences are wheel data; one the plan check flags may hold anything.
    if (!audience) return void (await ctx.send(T.missingAudience(audiences.map(escapeMarkdown))));
    if (!audiences.includes(audience)) return void (await ctx.send(T.unknownAudience(audiences.map(escapeMarkdown))));
    return audience;
  }

  async function subscribe(ctx: MessageCtx, args: string): Promise<void> {
    const audience = await changeAllowed(ctx, args);
    if (!audience) return;
    const now = deps.clock.now();
    const ref = channelRef(ctx.activity);
    await deps.conversations.upsert(ref, now);
    const result = await deps.subscriptions.subscribe(ref.conversationId, audience, ctx.activity.from.aadObjectId ?? '', osloDate(now), now);
    log.info(`subscription ${audience} ${result}`);
    await ctx.send(result === 'added' ? T.subscribed(audience) : T.alreadySubscribed(audience));
  }

  async function unsubscribe(ctx: MessageCtx, args: string): Promise<void> {
    const audience = await changeAllowed(ctx, args);
    if (!audience) return;
    const removed = await deps.subscriptions.unsubscribe(channelRef(ctx.activity).conversationId, audience);
    log.info(`unsubscribe ${audience} ${removed}`);
    await ctx.send(removed ? T.unsubscribed(audience) : T.notSubscribed(audience));
  }

  async function list(ctx: MessageCtx): Promise<void> {
    if (!isChannel(ctx.activity)) return void (await ctx.send(T.onlyInChannel));
    const subs = (await deps.subscriptions.ofChannel(channelRef(ctx.activity).conversationId)).map((s) => s.audience);
    await ctx.send(subs.length ? T.list(subs) : T.listNone);
  }

  async function wheel(ctx: MessageCtx): Promise<void> {
    const today = osloDate(deps.clock.now());
    const scope = isChannel(ctx.activity) ? (await deps.subscriptions.ofChannel(channelRef(ctx.activity).conversationId)).map((s) => s.audience) : undefined;
    await ctx.send({ type: 'message', attachments: [cardAttachment(wheelCard(deps.plan, today, scope))] });
  }

  const done: VerbHandler = async (ctx, data) => {
    // Card data is untrusted: the entry must exist and have a reminder on that very date.
    const entry = typeof data.entryId === 'string' ? deps.plan.wheel.find((e) => e.id === data.entryId) : undefined;
    const date = typeof data.date === 'string' && isValidYmd(data.date) ? data.date : undefined;
    const occ = entry && date ? computeOccurrences([entry], { from: date, to: date }, deps.clock).occurrences[0] : undefined;
    if (!entry || !date || !occ) {
      log.warn('reminder.done with invalid card data ignored');
      return { message: T.doneInvalid };
    }
    const from = ctx.activity.from;
    const who = { aadObjectId: from.aadObjectId ?? from.id, name: maskPersonalData(from.name ?? '') };
    const { first, record } = await deps.ledger.recordDone(entry.id, date, who, deps.clock.now());
    if (first) {
      log.info(`reminder ${entry.id} ${date} marked done`);
      await deps.onDone?.({ ...record, measures: entry.measures });
    }
    const conversationId = ctx.activity.conversation.id.split(';')[0] ?? '';
    const late = (await deps.ledger.row({ entryId: entry.id, date, kind: occ.kind, conversationId }))?.late === true;
    const measureStatus = deps.measureStatus ? { measureStatus: deps.measureStatus } : {};
    return { card: renderCard('reminder', reminderCardData(deps.plan, entry, occ, { late, done: record, ...measureStatus })) };
  };

  const now = deps.postNext
    ? reminderNowCommand({ coordinators: deps.coordinators, subscribed: async (id) => (await deps.subscriptions.ofChannel(id)).length > 0, postNext: deps.postNext, log })
    : undefined;
  return {
    commands: { abonner: subscribe, avslutt: unsubscribe, abonnement: list, 'årshjul': wheel, arshjul: wheel, ...(now ? { 'påminnelse': now, paminnelse: now } : {}) },
    verbs: { 'reminder.done': done },
  };
}
