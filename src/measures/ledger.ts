import { randomUUID } from 'node:crypto';
import { maskDeep, maskPersonalData } from '../common/mask';
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

/** A decision's notifications (card copies, the proposer's message), reserved for one sender until its lease runs out. */
export interface NotificationClaim {
  proposalId: string;
  decisionId: string;
  token: string;
}

/**
 * Proposals and decisions (the audit trail). Whatever repository holds the measures, this ledger
 * is what makes a decision happen exactly once, on whichever instance the click lands: `decide`
 * moves the proposal out of 'pending' and records the decision and its outbox entry atomically.
 * Adapters: SQLite (below) and Azure Table Storage (tables-decisions.ts).
 */
export interface DecisionLedger {
  addProposal(p: Proposal): Promise<void>;
  proposal(id: string): Promise<Proposal | undefined>;
  /** Proposals still waiting for a coordinator, oldest first. */
  pendingProposals(limit?: number): Promise<Proposal[]>;
  decisionFor(proposalId: string): Promise<Decision | undefined>;
  /** Marks a pending proposal stale so it can never be approved later. */
  markStale(proposalId: string): Promise<void>;
  /** The exactly-once step; false when another caller (on any instance) got there first. */
  decide(decision: Decision, outbox: OutboxPayload, now: string): Promise<boolean>;
  setWriteState(decision: Pick<Decision, 'id' | 'proposalId'>, state: Decision['writeState']): Promise<void>;
  /** The latest decisions, newest first. */
  recentDecisions(limit: number): Promise<Decision[]>;
  /**
   * Decisions whose notifications are still owed (`decide` records them as owed, in the same
   * transaction) and not reserved by anyone, oldest first: what a crash left undone.
   */
  unnotified(now: Date, limit?: number): Promise<Decision[]>;
  /** Reserves a decision's owed notifications; undefined when they are done or someone else holds them. */
  claimNotifications(proposalId: string, now: Date, leaseMs: number): Promise<NotificationClaim | undefined>;
  /** The notifications are sent: the decision is never in `unnotified` again. */
  notified(claim: NotificationClaim): Promise<void>;
}

export class SqliteDecisionLedger implements DecisionLedger {
  constructor(private readonly db: Db) {
    applyMigrations(db, 'measures', MEASURE_MIGRATIONS);
  }

  async addProposal(p: Proposal): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO proposals (id, measure_id, from_status, to_status, comment, proposer_id, proposer_name,
           created_at, base_version, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.id, p.measureId, p.fromStatus, p.toStatus, masked(p.comment), p.proposer.aadObjectId,
        p.proposer.name, p.createdAt, p.baseVersion, p.state);
  }

  async proposal(id: string): Promise<Proposal | undefined> {
    const row = this.db.prepare('SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
    return row ? toProposal(row) : undefined;
  }

  async pendingProposals(limit = 20): Promise<Proposal[]> {
    const rows = this.db
      .prepare("SELECT * FROM proposals WHERE state = 'pending' ORDER BY created_at LIMIT ?")
      .all(limit) as ProposalRow[];
    return rows.map(toProposal);
  }

  async decisionFor(proposalId: string): Promise<Decision | undefined> {
    const row = this.db.prepare('SELECT * FROM decisions WHERE proposal_id = ?').get(proposalId) as
      | DecisionRow
      | undefined;
    return row ? toDecision(row) : undefined;
  }

  async markStale(proposalId: string): Promise<void> {
    this.db.prepare(`UPDATE proposals SET state = 'stale' WHERE id = ? AND state = 'pending'`).run(proposalId);
  }

  /** One SQLite transaction: the conditional update of the proposal, the decision and its outbox entry. */
  async decide(decision: Decision, outbox: OutboxPayload, now: string): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const claimed = this.db
        .prepare(`UPDATE proposals SET state = ? WHERE id = ? AND state = 'pending'`)
        .run(decision.outcome, decision.proposalId).changes;
      if (claimed !== 1) return false;
      this.db
        .prepare(
          `INSERT INTO decisions (id, proposal_id, measure_id, decider_id, decider_name, decided_at,
             from_status, to_status, comment, outcome, write_state, notify_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
        )
        .run(decision.id, decision.proposalId, decision.measureId, decision.decidedBy.aadObjectId,
          decision.decidedBy.name, decision.decidedAt, decision.fromStatus, decision.toStatus,
          masked(decision.comment), decision.outcome, decision.writeState);
      this.db
        .prepare(`INSERT INTO outbox (decision_id, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?)`)
        .run(decision.id, JSON.stringify(maskDeep(outbox)), now, now);
      return true;
    })();
  }

  async setWriteState(decision: Pick<Decision, 'id' | 'proposalId'>, state: Decision['writeState']): Promise<void> {
    this.db.prepare('UPDATE decisions SET write_state = ? WHERE id = ?').run(state, decision.id);
  }

  async recentDecisions(limit: number): Promise<Decision[]> {
    const rows = this.db
      .prepare('SELECT * FROM decisions ORDER BY decided_at DESC, rowid DESC LIMIT ?')
      .all(limit) as DecisionRow[];
    return rows.map(toDecision);
  }

  async unnotified(now: Date, limit = 20): Promise<Decision[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM decisions WHERE notify_state = 'pending' AND (notify_lease_until IS NULL OR notify_lease_until <= ?)
          ORDER BY decided_at, rowid LIMIT ?`,
      )
      .all(now.toISOString(), limit) as DecisionRow[];
    return rows.map(toDecision);
  }

  async claimNotifications(proposalId: string, now: Date, leaseMs: number): Promise<NotificationClaim | undefined> {
    const token = randomUUID();
    const claimed = this.db
      .prepare(
        `UPDATE decisions SET notify_token = ?, notify_lease_until = ? WHERE proposal_id = ? AND notify_state = 'pending'
           AND (notify_lease_until IS NULL OR notify_lease_until <= ?)`,
      )
      .run(token, new Date(now.getTime() + leaseMs).toISOString(), proposalId, now.toISOString()).changes;
    if (claimed !== 1) return undefined;
    const row = this.db.prepare('SELECT id FROM decisions WHERE proposal_id = ?').get(proposalId) as { id: string };
    return { proposalId, decisionId: row.id, token };
  }

  async notified(claim: NotificationClaim): Promise<void> {
    this.db
      .prepare(`UPDATE decisions SET notify_state = 'done', notify_token = NULL, notify_lease_until = NULL WHERE proposal_id = ? AND notify_token = ?`)
      .run(claim.proposalId, claim.token);
  }
}

/** Comments are masked where they enter, and again here: nothing reaches the file unmasked. */
function masked(comment: string | undefined): string | null {
  return comment === undefined ? null : maskPersonalData(comment);
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
