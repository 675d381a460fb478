import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import type { LivePlan } from '../plan/live';
import { problemKey, type PlanProblem } from '../plan/problems';
import { osloDate } from '../reminders/calendar';
import { formatDateNo } from '../common/dates';
import type { ConversationRef, ConversationStore } from '../storage/conversation-store';
import type { ProblemCardStore } from '../storage/problem-cards';
import { cardAttachment } from './cards';
import type { Feature } from './features';
import type { MessageSender } from './message-sender';
import { senderOf } from './measures/feature';
import { planProblemsCard, replacedProblemsCard } from './plan-problems-card';

export const PLAN_PROBLEM_TEXTS = {
  forbidden: 'Bare koordinatorer kan se problemene i planen.',
};

export interface PlanProblemsDeps {
  plan: LivePlan;
  cards: ProblemCardStore;
  conversations: ConversationStore;
  sender: MessageSender;
  clock: Clock;
  log: ILogger;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));

/**
 * Tells coordinators about the plan's problems in their personal chat. A new problem brings a
 * new card (so Teams notifies), and the older card is marked as replaced; when problems are only
 * fixed, the latest card is updated in place, so a fixed problem drops off. An unchanged list is
 * never posted again, also across restarts.
 */
export function planProblemsFeature(deps: PlanProblemsDeps): Feature & { notify(): Promise<void> } {
  const log = deps.log.child('plan');
  const card = () => {
    const now = deps.clock.now();
    const time = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(now);
    return planProblemsCard(deps.plan.problems, deps.plan.kind, `${formatDateNo(osloDate(now))} kl. ${time}`);
  };

  async function notify(): Promise<void> {
    const problems: readonly PlanProblem[] = deps.plan.problems;
    const keys = problems.map(problemKey);
    for (const c of deps.plan.coordinators) {
      const ref = await deps.conversations.personalChatOf(c.aadObjectId);
      if (ref) await notifyOne(ref, keys);
    }
  }

  /**
   * Every instance polls the plan, so the change is claimed first: the new keys are written
   * conditionally on the version read, and only the instance whose write wins posts. If the post
   * fails, the old keys are put back so the next poll tries again.
   */
  async function notifyOne(ref: ConversationRef, keys: string[]): Promise<void> {
    const current = await deps.cards.get(ref.conversationId);
    const last = current?.record;
    if (last ? sameSet(last.keys, keys) : keys.length === 0) return;
    const fresh = keys.some((k) => !last?.keys.includes(k));
    const now = deps.clock.now().toISOString();
    const base = last ?? { conversationId: ref.conversationId, activityId: '', keys: [], updatedAt: now };
    const claimed = await deps.cards.put({ ...base, keys, updatedAt: now }, current?.version);
    if (!claimed) return;
    const undo = () => deps.cards.put(base, claimed);
    if (last?.activityId && !fresh) {
      const res = await deps.sender.send(ref, { id: last.activityId, type: 'message', attachments: [cardAttachment(card())] });
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
    await deps.cards.put({ conversationId: ref.conversationId, activityId: res.activityId ?? '', keys, updatedAt: now }, claimed);
    if (last?.activityId) await deps.sender.send(ref, { id: last.activityId, type: 'message', attachments: [cardAttachment(replacedProblemsCard())] });
    log.info(`plan problem card sent to a coordinator: ${keys.length} problem(s)`);
  }

  return {
    notify,
    commands: {
      problemer: async (ctx) => {
        const me = senderOf(ctx.activity);
        if (!me || !deps.plan.coordinators.some((c) => c.aadObjectId === me.aadObjectId)) return void (await ctx.send(PLAN_PROBLEM_TEXTS.forbidden));
        await ctx.send({ type: 'message', attachments: [cardAttachment(card())] });
      },
    },
  };
}
