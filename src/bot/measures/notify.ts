import type { ILogger } from '@microsoft/teams.common';
import type { DecideResult, Proposal } from '../../measures';
import type { ApprovalMessageStore } from '../../storage/approval-messages';
import type { ConversationStore } from '../../storage/conversation-store';
import { cardAttachment, type AdaptiveCardJson } from '../cards';
import { escapeMarkdown } from '../markdown';
import type { MessageSender } from '../message-sender';

type Decided = Extract<DecideResult, { kind: 'approved' | 'rejected' | 'conflict' }>;

/** What the proposer is told, in one or two short sentences. */
export function proposerMessage(p: Proposal, result: Decided): string {
  const who = escapeMarkdown(result.decision.decidedBy.name);
  if (result.kind === 'rejected') {
    const reason = result.decision.comment ? ` Begrunnelse: ${escapeMarkdown(result.decision.comment)}` : '';
    return `${who} avviste forslaget ditt om «${p.toStatus}» for tiltak ${p.measureId}.${reason}`;
  }
  if (result.kind === 'conflict') return `${who} godkjente forslaget ditt for tiltak ${p.measureId}, men ${result.message.charAt(0).toLowerCase()}${result.message.slice(1)}`;
  return `${who} godkjente forslaget ditt: tiltak ${p.measureId} har nå status «${p.toStatus}».`;
}

/**
 * After a decision: every other copy of the approval card shows the outcome, and the proposer
 * gets a short message. Failures here are logged; the decision itself already stands.
 */
export async function notifyAfterDecision(
  deps: { conversations: ConversationStore; approvals: ApprovalMessageStore; sender: MessageSender; log: ILogger },
  p: Proposal,
  result: Decided,
  decidedCard: AdaptiveCardJson,
  /** The message the clicked card sits in (the invoke's replyToId); the invoke response updates it. */
  clickedActivityId: string | undefined,
): Promise<void> {
  for (const copy of await deps.approvals.forProposal(p.id)) {
    if (copy.activityId === clickedActivityId) continue;
    const ref = await deps.conversations.get(copy.conversationId);
    if (!ref) continue;
    const res = await deps.sender.send(ref, { id: copy.activityId, type: 'message', attachments: [cardAttachment(decidedCard)] });
    if (res.kind !== 'sent') deps.log.warn(`could not update an approval card copy (${res.kind})`);
  }
  const proposer = await deps.conversations.personalChatOf(p.proposer.aadObjectId);
  if (!proposer) return;
  const res = await deps.sender.send(proposer, { type: 'message', text: proposerMessage(p, result) });
  if (res.kind !== 'sent') deps.log.warn(`could not tell the proposer about the decision (${res.kind})`);
}
