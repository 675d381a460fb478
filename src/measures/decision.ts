import { maskPersonalData } from '../common/mask';
import type { Person } from '../plan/types';
import type { Decision, OutboxPayload, Proposal, StatusChange, StatusLogEntry } from './types';

/**
 * Builds a decision and the outbox entry that carries it to the repository. Pure, so the service stays about rules and the ledger about exactly-once.
 */
export function planDecision(
  proposal: Proposal,
  input: { approve: boolean; comment?: string; decider: Person },
  now: Date,
  id: string,
): { decision: Decision; payload: OutboxPayload } {
  const comment = input.comment?.trim() ? maskPersonalData(input.comment.trim()) : undefined;
  const decision: Decision = {
    id,
    proposalId: proposal.id,
    measureId: proposal.measureId,
    decidedBy: { aadObjectId: input.decider.aadObjectId, name: input.decider.name },
    decidedAt: now.toISOString(),
    fromStatus: proposal.fromStatus,
    toStatus: proposal.toStatus,
    ...(comment ? { comment } : {}),
    outcome: input.approve ? 'approved' : 'rejected',
    writeState: input.approve ? 'pending' : 'not-needed',
  };
  const log: StatusLogEntry = {
    decisionId: decision.id,
    proposalId: proposal.id,
    measureId: proposal.measureId,
    fromStatus: proposal.fromStatus,
    toStatus: proposal.toStatus,
    outcome: decision.outcome,
    ...(comment ? { comment } : {}),
    proposedBy: proposal.proposer,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
  };
  // The owner's comment goes on the measure; the coordinator's goes in the log.
  const change: StatusChange | undefined = input.approve
    ? {
        decisionId: decision.id,
        fromStatus: proposal.fromStatus,
        toStatus: proposal.toStatus,
        ...(proposal.comment ? { comment: proposal.comment } : {}),
        updatedBy: proposal.proposer.name,
        updatedAt: proposal.createdAt,
        approvedBy: decision.decidedBy.name,
        approvedAt: decision.decidedAt,
      }
    : undefined;
  // Written against the version the proposal was made on: If-Match catches any change since.
  const payload: OutboxPayload = {
    decisionId: decision.id,
    measureId: proposal.measureId,
    expectedVersion: proposal.baseVersion,
    log,
    ...(change ? { change } : {}),
  };
  return { decision, payload };
}
