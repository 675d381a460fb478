import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import type { LivePlan } from '../plan/live';
import { problemKey, type PlanProblem } from '../plan/problems';
import type { Person } from '../plan/types';
import { osloDate } from '../reminders/calendar';
import { formatDateNo } from '../common/dates';
import type { ConversationRef, ConversationStore } from '../storage/conversation-store';
import { problemNoticeKey, type ProblemCardRecord, type ProblemCardStore, type VersionedProblemCard } from '../storage/problem-cards';
import { cardAttachment } from './cards';
import type { Feature } from './features';
import type { MessageSender } from './message-sender';
import { senderOf } from './measures/feature';
import { planProblemsCard, replacedProblemsCard } from './plan-problems-card';
import type { MessageCtx } from './routes/message';

export const PLAN_PROBLEM_TEXTS = {
  forbidden: 'Bare koordinatorer kan se problemene i planen.',
};

/**
 * An unasked card waits this long after the bot starts, and after the coordinator last wrote to
 * the bot (or opened its chat): it should not be the first thing after a start, nor land in the
 * middle of a conversation.
 */
export const QUIET_MS = 10 * 60_000;

export interface PlanProblemsDeps {
  plan: LivePlan;
  /** Problems of the municipality's other lists, told the same way (curated answers, staff words). */
  more?: () => PlanProblem[];
  cards: ProblemCardStore;
  conversations: ConversationStore;
  sender: MessageSender;
  clock: Clock;
  log: ILogger;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));

/**
 * Tells coordinators about the plan's problems in their personal chat, unasked, only when it
 * does not interrupt (docs/plan.md, "When coordinators are told"):
 * - only problems new since the last notice to that coordinator; what each has been told is
 *   stored per coordinator, so a restart, a second instance, a reinstall or a new chat repeats
 *   nothing, and `problemer` counts as being told;
 * - not within QUIET_MS of the bot's start, nor of the coordinator's last activity (as this
 *   instance saw it); the card goes out at the first poll after that;
 * - a problem that is only fixed updates the last card in place, which Teams does not notify.
 * A new card replaces the older one, which is marked as replaced.
 */
export function planProblemsFeature(deps: PlanProblemsDeps): Feature & { notify(): Promise<void> } {
  const log = deps.log.child('plan');
  const startedAt = deps.clock.now().getTime();
  const problems = (): PlanProblem[] => [...deps.plan.problems, ...(deps.more?.() ?? [])];
  const lastHeard = new Map<string, number>();
  const card = () => {
    const now = deps.clock.now();
    const time = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(now);
    return planProblemsCard(problems(), deps.plan.kind, `${formatDateNo(osloDate(now))} kl. ${time}`);
  };
  const quiet = (c: Person) => deps.clock.now().getTime() - Math.max(startedAt, lastHeard.get(c.aadObjectId) ?? 0) >= QUIET_MS;

  async function notify(): Promise<void> {
    const keys = problems().map(problemKey);
    for (const c of deps.plan.coordinators) {
      const ref = await deps.conversations.personalChatOf(c.aadObjectId);
      if (ref) await notifyOne(c, ref, keys);
    }
  }

  /** The coordinator's record, or the per-chat one an earlier release kept (to be carried over). */
  async function told(c: Person, ref: ConversationRef): Promise<{ current?: VersionedProblemCard; last?: ProblemCardRecord }> {
    const current = await deps.cards.get(problemNoticeKey(c.aadObjectId));
    if (current) return { current, last: current.record };
    const legacy = await deps.cards.get(ref.conversationId);
    return legacy ? { last: legacy.record } : {};
  }

  /**
   * Every instance polls the plan, so a notice is claimed first: the new keys are written
   * conditionally on the version read, and only the instance whose write wins posts. If the post
   * fails, the old record is put back so the next poll tries again.
   */
  async function notifyOne(c: Person, ref: ConversationRef, keys: string[]): Promise<void> {
    const key = problemNoticeKey(c.aadObjectId);
    const { current, last } = await told(c, ref);
    if (last ? sameSet(last.keys, keys) : keys.length === 0) return;
    const fresh = keys.some((k) => !last?.keys.includes(k));
    if (fresh && !quiet(c)) return;
    const now = deps.clock.now().toISOString();
    const base: ProblemCardRecord = last ?? { conversationId: ref.conversationId, activityId: '', keys: [], updatedAt: now };
    const claimed = await deps.cards.put(key, { ...base, keys, updatedAt: now }, current?.version);
    if (!claimed) return;
    const undo = () => deps.cards.put(key, base, claimed);
    if (!fresh) {
      // Only fixed: the card in this chat shows it; a card in an older chat is left as it is.
      if (!base.activityId || base.conversationId !== ref.conversationId) return;
      const res = await deps.sender.send(ref, { id: base.activityId, type: 'message', attachments: [cardAttachment(card())] });
      if (res.kind !== 'sent') {
        await undo();
        log.warn(`could not update a coordinator's plan problem card (${res.kind})`);
      }
      return;
    }
    const res = await deps.sender.send(ref, { type: 'message', attachments: [cardAttachment(card())] });
    if (res.kind !== 'sent') {
      await undo();
      log.warn(`could not tell a coordinator about plan problems (${res.kind})`);
      return;
    }
    await deps.cards.put(key, { conversationId: ref.conversationId, activityId: res.activityId ?? '', keys, updatedAt: now }, claimed);
    if (base.activityId) await markReplaced(base, ref);
    log.info(`plan problem card sent to a coordinator: ${keys.length} problem(s)`);
  }

  async function markReplaced(old: ProblemCardRecord, ref: ConversationRef): Promise<void> {
    const chat = old.conversationId === ref.conversationId ? ref : await deps.conversations.get(old.conversationId);
    if (chat) await deps.sender.send(chat, { id: old.activityId, type: 'message', attachments: [cardAttachment(replacedProblemsCard())] });
  }

  /** `problemer`: the card on demand; what it shows counts as told, and later fixes update it. */
  async function show(ctx: MessageCtx, me: Person): Promise<void> {
    const keys = problems().map(problemKey);
    const sent = await ctx.send({ type: 'message', attachments: [cardAttachment(card())] });
    const key = problemNoticeKey(me.aadObjectId);
    const current = await deps.cards.get(key);
    const record = { conversationId: ctx.activity.conversation.id, activityId: sent.id ?? '', keys, updatedAt: deps.clock.now().toISOString() };
    // Lost to a poll writing at the same time: that poll's notice stands.
    await deps.cards.put(key, record, current?.version);
  }

  return {
    notify,
    onActivity: (activity) => {
      const id = activity.from?.aadObjectId;
      if (id && deps.plan.coordinators.some((c) => c.aadObjectId === id)) lastHeard.set(id, deps.clock.now().getTime());
    },
    commands: {
      problemer: async (ctx) => {
        const me = senderOf(ctx.activity);
        if (!me || !deps.plan.coordinators.some((c) => c.aadObjectId === me.aadObjectId)) return void (await ctx.send(PLAN_PROBLEM_TEXTS.forbidden));
        await show(ctx, me);
      },
    },
  };
}
