import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import { maskPersonalData } from '../common/mask';
import { isMeasureStatus, type Measure, type Person, type Plan } from '../plan/types';
import { planDecision } from './decision';
import type { DecisionLedger } from './ledger';
import { MAX_COMMENT_LENGTH, messages } from './messages';
import { timerWait, within, type Wait } from './deadline';
import type { DeliveryResult, Outbox } from './outbox';
import { buildSummary, type StatusSummary } from './summary';
import { RepositoryUnavailableError, type Decision, type MeasureRepository, type Proposal, type VersionedMeasure } from './types';

/** What an owner sends: the status is validated here, never trusted. */
export interface ProposeInput {
  measureId: string;
  status: string;
  comment?: string;
  proposer: Person;
}

export type ProposeResult =
  | { kind: 'proposed'; proposal: Proposal; message: string }
  | { kind: 'invalid'; message: string }
  /** The store could not be read, so nothing was proposed; the owner can try again. */
  | { kind: 'unavailable'; message: string };

/** `decider` is the verified sender, resolved by the caller; never card data. */
export interface DecideInput {
  proposalId: string;
  approve: boolean;
  comment?: string;
  decider: Person;
}

export type DecideResult =
  /** `parked`: SharePoint refused the write for good; what it said (the write waits for a fix). */
  | { kind: 'approved'; decision: Decision; pendingWrite: boolean; message: string; parked?: { error: string; status?: number } }
  | { kind: 'rejected'; decision: Decision; message: string }
  | { kind: 'already-decided'; decision: Decision; message: string }
  | { kind: 'stale'; message: string }
  | { kind: 'conflict'; decision: Decision; currentStatus: string; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'invalid'; message: string };

/** How long a user waits at most, and the time source that measures it. */
export interface StatusServiceOptions {
  clock?: Clock;
  wait?: Wait;
  /**
   * A click or a command is answered within this, whatever the repository does (Teams gives
   * up on an invoke after about 10 s); a write still under way goes on in the outbox. Default 8 s.
   */
  answerWithinMs?: number;
}

/** Proposals, approvals and the audit trail; no Teams types, the bot layer calls it. */
export class StatusService {
  private readonly clock: Clock;
  private readonly wait: Wait;
  private readonly answerWithinMs: number;

  constructor(
    private readonly plan: Pick<Plan, 'owners' | 'coordinators' | 'goals'>,
    private readonly repo: MeasureRepository,
    private readonly ledger: DecisionLedger,
    private readonly outbox: Outbox,
    private readonly log: Logger,
    /** Makes proposal and decision ids; injected so tests get predictable ones. */
    private readonly newId: () => string = randomUUID,
    options: StatusServiceOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.wait = options.wait ?? timerWait;
    this.answerWithinMs = options.answerWithinMs ?? 8_000;
  }

  isCoordinator(user: { aadObjectId: string }): boolean {
    return this.plan.coordinators.some((c) => c.aadObjectId === user.aadObjectId);
  }

  /** Coordinators see every measure; owners see the ones their roles cover. */
  async measuresFor(user: { aadObjectId: string }): Promise<Measure[]> {
    const all = await this.inTime(this.repo.list(), this.answerWithinMs);
    if (this.isCoordinator(user)) return all;
    const mine = new Set(this.ownedBy(user.aadObjectId));
    return all.filter((m) => mine.has(m.id));
  }

  async propose(input: ProposeInput, now: Date): Promise<ProposeResult> {
    let current: VersionedMeasure | undefined;
    try {
      current = await this.inTime(this.repo.get(input.measureId), this.answerWithinMs);
    } catch (err) {
      if (err instanceof RepositoryUnavailableError) return { kind: 'unavailable', message: messages.unavailable };
      throw err;
    }
    if (!current) return { kind: 'invalid', message: messages.unknownMeasure(input.measureId) };
    if (!isMeasureStatus(input.status)) return { kind: 'invalid', message: messages.badStatus(input.status) };
    if ((input.comment?.length ?? 0) > MAX_COMMENT_LENGTH) return { kind: 'invalid', message: messages.commentTooLong };
    const allowed = this.isCoordinator(input.proposer) || this.ownedBy(input.proposer.aadObjectId).includes(input.measureId);
    if (!allowed) return { kind: 'invalid', message: messages.notOwner(input.measureId) };
    const comment = input.comment?.trim() ? maskPersonalData(input.comment.trim()) : undefined;
    const proposal: Proposal = {
      id: this.newId(),
      measureId: input.measureId,
      fromStatus: current.measure.status,
      toStatus: input.status,
      ...(comment ? { comment } : {}),
      proposer: { aadObjectId: input.proposer.aadObjectId, name: input.proposer.name },
      createdAt: now.toISOString(),
      baseVersion: current.version,
      state: 'pending',
    };
    await this.ledger.addProposal(proposal);
    this.log.info('status proposed', { proposalId: proposal.id, measureId: proposal.measureId });
    return { kind: 'proposed', proposal, message: messages.proposed(proposal.measureId, proposal.toStatus) };
  }

  /** Exactly once per proposal: only the caller that moves it out of 'pending' makes a decision. */
  async decide(input: DecideInput, now: Date): Promise<DecideResult> {
    const started = this.clock.now().getTime();
    const left = () => this.answerWithinMs - (this.clock.now().getTime() - started);
    if (!this.isCoordinator(input.decider)) {
      // The event and ids only: a forged card's content is never logged.
      this.log.warn('decision refused: sender is not a coordinator', {
        proposalId: input.proposalId,
        senderId: input.decider.aadObjectId,
      });
      return { kind: 'forbidden', message: messages.forbidden };
    }
    const proposal = await this.ledger.proposal(input.proposalId);
    if (!proposal) return { kind: 'invalid', message: messages.unknownProposal };
    if ((input.comment?.length ?? 0) > MAX_COMMENT_LENGTH) return { kind: 'invalid', message: messages.commentTooLong };
    const earlier = await this.alreadyDecided(proposal.id);
    if (earlier) return earlier;
    if (proposal.state === 'stale') return { kind: 'stale', message: messages.stale(proposal.measureId) };

    if (input.approve) {
      // Stale only when the status itself moved: an edit to another column (Responsible, say)
      // changes the version too, and the write then repeats with the new one.
      // Most of the time may go to this read; what is left is for recording the decision and the write.
      const current = await this.tryGet(proposal.measureId, Math.min(left(), this.answerWithinMs * 0.6));
      if (current && current.version !== proposal.baseVersion && current.measure.status !== proposal.fromStatus) {
        await this.ledger.markStale(proposal.id);
        return (await this.alreadyDecided(proposal.id)) ?? { kind: 'stale', message: messages.stale(proposal.measureId) };
      }
    }
    const { decision, payload } = planDecision(proposal, input, now, this.newId());
    if (!(await this.ledger.decide(decision, payload, now.toISOString()))) {
      // Lost the race (another click, maybe on another instance): show what was decided.
      const decided = await this.alreadyDecided(proposal.id);
      if (decided) return decided;
      return (await this.ledger.proposal(proposal.id))?.state === 'stale'
        ? { kind: 'stale', message: messages.stale(proposal.measureId) }
        : { kind: 'invalid', message: messages.unknownProposal };
    }
    this.log.info('decision recorded', { decisionId: decision.id, proposalId: proposal.id, outcome: decision.outcome });

    const delivered = await this.deliverInTime(decision.id, proposal.id, left());
    const stored = (await this.ledger.decisionFor(proposal.id)) ?? decision;
    if (!input.approve) return { kind: 'rejected', decision: stored, message: messages.rejected(proposal.measureId) };
    if (delivered?.kind === 'conflict') {
      const currentStatus = delivered.current.status;
      return { kind: 'conflict', decision: stored, currentStatus, message: messages.conflict(proposal.measureId, currentStatus) };
    }
    // Pending until the status itself is in the repository; a late status log row does not count.
    const pendingWrite = stored.writeState !== 'written';
    if (pendingWrite && delivered?.kind === 'parked') {
      return {
        kind: 'approved', decision: stored, pendingWrite, parked: { error: delivered.error, ...(delivered.status ? { status: delivered.status } : {}) },
        message: messages.approvedParked(proposal.measureId, proposal.toStatus, delivered.error, delivered.status),
      };
    }
    return {
      kind: 'approved', decision: stored, pendingWrite,
      message: pendingWrite ? messages.approvedPending(proposal.measureId, proposal.toStatus) : messages.approved(proposal.measureId, proposal.toStatus),
    };
  }

  /**
   * Writes the decision now if that is done within `ms`; otherwise the click is answered and the
   * write goes on by itself (the outbox records its outcome; listeners hear of a late conflict).
   */
  private async deliverInTime(decisionId: string, proposalId: string, ms: number): Promise<DeliveryResult | undefined> {
    const claimed = await this.outbox.claim({ decisionId, proposalId });
    if (!claimed) return undefined;
    const watch = { awaited: true };
    const r = await within(this.outbox.deliver(claimed, watch), ms, this.wait, (err) => this.log.error('a status write failed after the click was answered', err));
    if (!r.late) return r.value;
    watch.awaited = false;
    this.log.warn('status write still under way; the click was answered, the outbox goes on', { decisionId });
    return undefined;
  }

  /** A read that takes longer than `ms` counts as the store being unavailable. */
  private async inTime<T>(work: Promise<T>, ms: number): Promise<T> {
    const r = await within(work, ms, this.wait, () => undefined);
    if (r.late) throw new RepositoryUnavailableError(`no answer within ${ms} ms`);
    return r.value;
  }

  /** Status counts per goal, overdue measures and the last five decisions. */
  async summary(now: Date): Promise<StatusSummary> {
    return buildSummary(this.plan.goals, await this.inTime(this.repo.list(), this.answerWithinMs), await this.ledger.recentDecisions(5), now);
  }

  private ownedBy(aadObjectId: string): string[] {
    return this.plan.owners.filter((r) => r.members.some((p) => p.aadObjectId === aadObjectId)).flatMap((r) => r.measures);
  }

  private async alreadyDecided(proposalId: string): Promise<DecideResult | undefined> {
    const d = await this.ledger.decisionFor(proposalId);
    if (!d) return undefined;
    return { kind: 'already-decided', decision: d, message: messages.alreadyDecided(d.decidedBy.name, d.decidedAt, d.outcome) };
  }

  /** When the repository is down or slow the stale check is left to the conditional write (If-Match). */
  private async tryGet(measureId: string, ms: number): Promise<VersionedMeasure | undefined> {
    try {
      return await this.inTime(this.repo.get(measureId), ms);
    } catch (err) {
      if (err instanceof RepositoryUnavailableError) return undefined;
      throw err;
    }
  }
}
