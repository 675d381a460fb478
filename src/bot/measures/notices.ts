import type { ILogger } from '@microsoft/teams.common';
import { messages, refusedWriteNotice, type OutboxListener, type OutboxPayload, type ParkedEvent } from '../../measures';
import type { Person } from '../../plan/types';
import type { ConversationStore } from '../../storage/conversation-store';
import { escapeMarkdown } from '../markdown';
import type { MessageSender } from '../message-sender';

export interface NoticeDeps {
  coordinators(): Person[];
  conversations: ConversationStore;
  sender: MessageSender;
  log: ILogger;
}

/**
 * Short chat messages to the coordinators (and the proposer, when it is about their status) for
 * what happened to a write after the click: refused for good, written after all, or found in
 * conflict by a delivery nobody waited for. Also the SharePoint health notices.
 */
export class OutcomeNotices implements OutboxListener {
  constructor(private readonly deps: NoticeDeps) {}

  /** Told once per entry: the first refusal. What SharePoint said is shown as written. */
  async parked(e: ParkedEvent): Promise<void> {
    if (!e.first) return;
    const approved = e.payload.change !== undefined;
    const text = refusedWriteNotice({
      measureId: e.payload.measureId, toStatus: e.payload.log.toStatus, approved, said: escapeMarkdown(e.error),
      ...(e.status ? { httpStatus: e.status } : {}), saved: e.saved,
    });
    await this.tellCoordinators(text, 'a refused write');
    // A rejection's missing log row is the coordinators' business; a status not written is the proposer's too.
    if (approved && !e.saved.status) await this.tellProposer(e.payload, text);
  }

  async recovered(e: { payload: OutboxPayload }): Promise<void> {
    const text = messages.recovered(e.payload.measureId, e.payload.log.toStatus);
    await this.tellCoordinators(text, 'a written parked write');
    if (e.payload.change) await this.tellProposer(e.payload, text);
  }

  async conflict(e: { payload: OutboxPayload; current: { status: string } }): Promise<void> {
    const text = messages.lateConflict(e.payload.measureId, e.payload.log.toStatus, e.current.status);
    await this.tellCoordinators(text, 'a late conflict');
    await this.tellProposer(e.payload, text);
  }

  /** Whether any coordinator has a personal chat with the bot, so a notice would reach someone. */
  async anyCoordinatorReachable(): Promise<boolean> {
    for (const c of this.deps.coordinators()) if (await this.deps.conversations.personalChatOf(c.aadObjectId)) return true;
    return false;
  }

  /** One message to every coordinator who has a personal chat with the bot. */
  async tellCoordinators(text: string, what: string): Promise<number> {
    let told = 0;
    for (const c of this.deps.coordinators()) if (await this.tell(c.aadObjectId, text, what)) told++;
    return told;
  }

  private async tellProposer(payload: OutboxPayload, text: string): Promise<void> {
    const proposer = payload.log.proposedBy.aadObjectId;
    // A coordinator who proposed has been told already.
    if (this.deps.coordinators().some((c) => c.aadObjectId === proposer)) return;
    await this.tell(proposer, text, 'a proposer');
  }

  private async tell(aadObjectId: string, text: string, what: string): Promise<boolean> {
    const ref = await this.deps.conversations.personalChatOf(aadObjectId);
    if (!ref) return false;
    const res = await this.deps.sender.send(ref, { type: 'message', text });
    if (res.kind !== 'sent') this.deps.log.warn(`could not send the notice about ${what} (${res.kind})`);
    return res.kind === 'sent';
  }
}
