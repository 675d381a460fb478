import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../../common/clock';
import { messages, type DecideResult, type Decision, type DecisionLedger, type Proposal } from '../../measures';
import type { ApprovalMessageStore } from '../../storage/approval-messages';
import type { ConversationStore } from '../../storage/conversation-store';
import { cardAttachment, type AdaptiveCardJson } from '../cards';
import { escapeMarkdown } from '../markdown';
import type { MessageSender } from '../message-sender';

export type Decided = Extract<DecideResult, { kind: 'approved' | 'rejected' | 'conflict' }>;

/** What the proposer is told, in one or two short sentences. */
export function proposerMessage(p: Proposal, result: Decided): string {
  const who = escapeMarkdown(result.decision.decidedBy.name);
  if (result.kind === 'rejected') {
    const reason = result.decision.comment ? ` Begrunnelse: ${escapeMarkdown(result.decision.comment)}` : '';
    return `${who} avviste forslaget ditt om «${p.toStatus}» for tiltak ${p.measureId}.${reason}`;
  }
  if (result.kind === 'conflict') return `${who} godkjente forslaget ditt for tiltak ${p.measureId}, men ${result.message.charAt(0).toLowerCase()}${result.message.slice(1)}`;
  if (result.parked) return `${who} godkjente forslaget ditt om «${p.toStatus}» for tiltak ${p.measureId}, men statusen er ikke skrevet til SharePoint ennå. Du får beskjed når den er det.`;
  if (result.pendingWrite) return `${who} godkjente forslaget ditt om «${p.toStatus}» for tiltak ${p.measureId}. Statusen blir skrevet til SharePoint så snart SharePoint svarer.`;
  return `${who} godkjente forslaget ditt: tiltak ${p.measureId} har nå status «${p.toStatus}».`;
}

/** The result a decision stands for when the click's own result is gone (after a restart). */
export function resultOf(p: Proposal, d: Decision): Decided {
  if (d.outcome === 'rejected') return { kind: 'rejected', decision: d, message: messages.rejected(p.measureId) };
  if (d.writeState === 'conflict') return { kind: 'conflict', decision: d, currentStatus: '', message: messages.conflictLater(p.measureId) };
  const pendingWrite = d.writeState !== 'written';
  return {
    kind: 'approved', decision: d, pendingWrite,
    message: pendingWrite ? messages.approvedPending(p.measureId, p.toStatus) : messages.approved(p.measureId, p.toStatus),
  };
}

/** The line under "Godkjent av …" on a decided card, when there is more to say than the decider's comment. */
export function decidedDetail(p: Proposal, result: Decided): string | undefined {
  if (result.kind === 'approved' && result.parked) {
    return messages.approvedParked(p.measureId, p.toStatus, escapeMarkdown(result.parked.error), result.parked.status);
  }
  return result.kind === 'conflict' || (result.kind === 'approved' && result.pendingWrite) ? result.message : undefined;
}

export interface NotifierDeps {
  ledger: DecisionLedger;
  conversations: ConversationStore;
  approvals: ApprovalMessageStore;
  sender: MessageSender;
  clock: Clock;
  log: ILogger;
  /** The card every copy shows once decided. */
  decidedCard(p: Proposal, decision: Decision, detail?: string): Promise<AdaptiveCardJson>;
  /** How long one sender holds a decision's notifications. Default 60 s. */
  leaseMs?: number;
  /**
   * The sweep leaves younger decisions alone: their click may still be waiting for the write and
   * send them itself, with the write's outcome. Default 30 s.
   */
  graceMs?: number;
}

/**
 * After a decision: every other copy of the approval card (and the proposer's receipt) shows the
 * outcome, and the proposer gets a short message. The ledger records them as owed with the
 * decision itself, so what a crash interrupts is done at the next start, by the periodic sweep
 * (another instance) or on a re-click; a claim keeps two senders from doing it at once.
 */
export class DecisionNotifier {
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly deps: NotifierDeps) {}

  /**
   * Sends what the decision still owes, if nobody else is sending it. `clicked` is the message
   * the invoke answered (Teams updates it from the invoke response); `result` and `card` are the
   * click's own, when there was a click.
   */
  complete(proposalId: string, opts: { result?: Decided; card?: AdaptiveCardJson; clicked?: string } = {}): Promise<boolean> {
    const work = this.run(proposalId, opts);
    this.running.add(work);
    return work.finally(() => this.running.delete(work));
  }

  /** Completes what earlier runs left owed (a crash between the decision and its messages). */
  async sweep(limit = 20): Promise<number> {
    let done = 0;
    const now = this.deps.clock.now();
    const settled = now.getTime() - (this.deps.graceMs ?? 30_000);
    for (const d of await this.deps.ledger.unnotified(now, limit)) {
      if (Date.parse(d.decidedAt) > settled) continue;
      if (await this.complete(d.proposalId)) done++;
    }
    if (done > 0) this.deps.log.info(`completed ${done} decision notification(s) left owed`);
    return done;
  }

  /** Sweeps now and then every `everyMs`, so a crash on any instance is made good within a minute or two. */
  start(everyMs = 60_000): void {
    const tick = () => void this.sweep().catch((err: unknown) => this.deps.log.error('decision notification sweep failed', err));
    tick();
    this.timer ??= setInterval(tick, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async run(proposalId: string, opts: { result?: Decided; card?: AdaptiveCardJson; clicked?: string }): Promise<boolean> {
    const { ledger, log } = this.deps;
    const claim = await ledger.claimNotifications(proposalId, this.deps.clock.now(), this.deps.leaseMs ?? 60_000);
    if (!claim) return false;
    const [p, d] = await Promise.all([ledger.proposal(proposalId), ledger.decisionFor(proposalId)]);
    if (!p || !d) return false;
    const result = opts.result ?? resultOf(p, d);
    const detail = decidedDetail(p, result);
    const card = opts.card ?? (await this.deps.decidedCard(p, d, detail));
    for (const copy of await this.deps.approvals.forProposal(p.id)) {
      if (copy.activityId === opts.clicked) continue;
      const ref = await this.deps.conversations.get(copy.conversationId);
      if (!ref) continue;
      const res = await this.deps.sender.send(ref, { id: copy.activityId, type: 'message', attachments: [cardAttachment(card)] });
      if (res.kind !== 'sent') log.warn(`could not update an approval card copy (${res.kind})`);
    }
    const proposer = await this.deps.conversations.personalChatOf(p.proposer.aadObjectId);
    if (proposer) {
      const res = await this.deps.sender.send(proposer, { type: 'message', text: proposerMessage(p, result) });
      if (res.kind !== 'sent') log.warn(`could not tell the proposer about the decision (${res.kind})`);
    }
    // Done even when a send failed: Teams said no (gone, throttled past its retries); repeating every copy would not help.
    await ledger.notified(claim);
    return true;
  }
}
