import { applyMigrations, type Db } from '../storage/database';
import type { MeasureStatus } from '../plan/types';
import { MEASURE_MIGRATIONS } from './migrations';
import type { Decision, OutboxPayload, Proposal } from './types';

interface ProposalRow {
  id: string;
  measure_id: string;
  from_status: string;
  to_status: string;
  comment: string | null;
  proposer_id: string;
  proposer_name: string;
  created_at: string;
  base_version: string;
  state: Proposal['state'];
}

interface DecisionRow {
  id: string;
  proposal_id: string;
  measure_id: string;
  decider_id: string;
  decider_name: string;
  decided_at: string;
  from_status: string;
  to_status: string;
  comment: string | null;
  outcome: Decision['outcome'];
  write_state: Decision['writeState'];
}

/**
 * Proposals and decisions (the audit trail) in SQLite. Whatever repository holds the measures,
 * this ledger is what makes a decision happen exactly once.
 */
export class DecisionLedger {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'measures', MEASURE_MIGRATIONS);
  }

  addProposal(p: Proposal): void {
    this.db
      .prepare(
        `INSERT INTO proposals (id, measure_id, from_status, to_status, comment, proposer_id, proposer_name,
           created_at, base_version, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.id, p.measureId, p.fromStatus, p.toStatus, p.comment ?? null, p.proposer.aadObjectId,
        p.proposer.name, p.createdAt, p.baseVersion, p.state);
  }

  proposal(id: string): Proposal | undefined {
    const row = this.db.prepare('SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
    return row ? toProposal(row) : undefined;
  }

  /** Proposals still waiting for a coordinator, oldest first. */
  pendingProposals(limit = 20): Proposal[] {
    const rows = this.db
      .prepare("SELECT * FROM proposals WHERE state = 'pending' ORDER BY created_at LIMIT ?")
      .all(limit) as ProposalRow[];
    return rows.map(toProposal);
  }

  decisionFor(proposalId: string): Decision | undefined {
    const row = this.db.prepare('SELECT * FROM decisions WHERE proposal_id = ?').get(proposalId) as
      | DecisionRow
      | undefined;
    return row ? toDecision(row) : undefined;
  }

  /** Marks a pending proposal stale so it can never be approved later. */
  markStale(proposalId: string): void {
    this.db.prepare(`UPDATE proposals SET state = 'stale' WHERE id = ? AND state = 'pending'`).run(proposalId);
  }

  /**
   * The exactly-once step: moves the proposal out of 'pending' and records the decision and its
   * outbox entry in one transaction. Returns false when another caller got there first.
   */
  decide(decision: Decision, outbox: OutboxPayload, now: string): boolean {
    return this.db.transaction((): boolean => {
      const claimed = this.db
        .prepare(`UPDATE proposals SET state = ? WHERE id = ? AND state = 'pending'`)
        .run(decision.outcome, decision.proposalId).changes;
      if (claimed !== 1) return false;
      this.db
        .prepare(
          `INSERT INTO decisions (id, proposal_id, measure_id, decider_id, decider_name, decided_at,
             from_status, to_status, comment, outcome, write_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(decision.id, decision.proposalId, decision.measureId, decision.decidedBy.aadObjectId,
          decision.decidedBy.name, decision.decidedAt, decision.fromStatus, decision.toStatus,
          decision.comment ?? null, decision.outcome, decision.writeState);
      this.db
        .prepare(`INSERT INTO outbox (decision_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?)`)
        .run(decision.id, JSON.stringify(outbox), now, now);
      return true;
    })();
  }

  setWriteState(decisionId: string, state: Decision['writeState']): void {
    this.db.prepare('UPDATE decisions SET write_state = ? WHERE id = ?').run(state, decisionId);
  }

  decision(id: string): Decision | undefined {
    const row = this.db.prepare('SELECT * FROM decisions WHERE id = ?').get(id) as DecisionRow | undefined;
    return row ? toDecision(row) : undefined;
  }

  recentDecisions(limit: number): Decision[] {
    const rows = this.db
      .prepare('SELECT * FROM decisions ORDER BY decided_at DESC, rowid DESC LIMIT ?')
      .all(limit) as DecisionRow[];
    return rows.map(toDecision);
  }

  countDecisions(proposalId?: string): number {
    const row = (proposalId
      ? this.db.prepare('SELECT COUNT(*) AS n FROM decisions WHERE proposal_id = ?').get(proposalId)
      : this.db.prepare('SELECT COUNT(*) AS n FROM decisions').get()) as { n: number };
    return row.n;
  }
}

function toProposal(r: ProposalRow): Proposal {
  return {
    id: r.id,
    measureId: r.measure_id,
    fromStatus: r.from_status as MeasureStatus,
    toStatus: r.to_status as MeasureStatus,
    ...(r.comment !== null ? { comment: r.comment } : {}),
    proposer: { aadObjectId: r.proposer_id, name: r.proposer_name },
    createdAt: r.created_at,
    baseVersion: r.base_version,
    state: r.state,
  };
}

function toDecision(r: DecisionRow): Decision {
  return {
    id: r.id,
    proposalId: r.proposal_id,
    measureId: r.measure_id,
    decidedBy: { aadObjectId: r.decider_id, name: r.decider_name },
    decidedAt: r.decided_at,
    fromStatus: r.from_status as MeasureStatus,
    toStatus: r.to_status as MeasureStatus,
    ...(r.comment !== null ? { comment: r.comment } : {}),
    outcome: r.outcome,
    writeState: r.write_state,
  };
}
