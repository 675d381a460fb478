import type { DecisionLedger } from '../measures';
import type { Plan } from '../plan/types';
import type { DecisionDto, DecisionsDto, PendingDto } from './api-types';

/** How many decisions the coordinators' log shows, newest first. */
export const DECISION_LOG_SIZE = 100;
const PENDING_SIZE = 50;

/**
 * The coordinators' decision log: what waits for approval (as `forslag` shows it), and the latest
 * decisions with the owner's and the coordinator's comments, which in chat only the proposer and
 * coordinators see on the approval card. Comments were masked when they were stored.
 */
export async function decisionsData(ledger: Pick<DecisionLedger, 'recentDecisions' | 'pendingProposals' | 'proposal'>, plan: Pick<Plan, 'measures'>): Promise<DecisionsDto> {
  const title = (id: string) => plan.measures.find((m) => m.id === id)?.title ?? '';
  const [waiting, recent] = await Promise.all([ledger.pendingProposals(PENDING_SIZE), ledger.recentDecisions(DECISION_LOG_SIZE)]);
  const proposals = await Promise.all(recent.map((d) => ledger.proposal(d.proposalId)));
  const pending = waiting.map((p): PendingDto => ({
    id: p.id, measureId: p.measureId, measureTitle: title(p.measureId), fromStatus: p.fromStatus, toStatus: p.toStatus,
    proposedBy: p.proposer.name, proposedAt: p.createdAt, ...(p.comment ? { comment: p.comment } : {}),
  }));
  const decisions = recent.map((d, i): DecisionDto => {
    const p = proposals[i];
    return {
      id: d.id, measureId: d.measureId, measureTitle: title(d.measureId), outcome: d.outcome,
      fromStatus: d.fromStatus, toStatus: d.toStatus, decidedBy: d.decidedBy.name, decidedAt: d.decidedAt,
      ...(d.comment ? { comment: d.comment } : {}),
      ...(p ? { proposedBy: p.proposer.name, proposedAt: p.createdAt } : {}),
      ...(p?.comment ? { proposalComment: p.comment } : {}),
    };
  });
  return { pending, decisions };
}
