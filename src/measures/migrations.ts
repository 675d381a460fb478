/**
 * The measures module's own tables. Append only: never edit a migration that has shipped.
 * proposals.state moves from 'pending' exactly once; decisions.proposal_id is UNIQUE, so a
 * second decision for one proposal cannot exist even if the conditional update were bypassed.
 */
export const MEASURE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE measures (
     id TEXT PRIMARY KEY,
     position INTEGER NOT NULL,
     data TEXT NOT NULL,
     version INTEGER NOT NULL DEFAULT 1
   );
   CREATE TABLE status_log (
     decision_id TEXT PRIMARY KEY,
     measure_id TEXT NOT NULL,
     data TEXT NOT NULL,
     seq INTEGER NOT NULL
   );
   CREATE TABLE proposals (
     id TEXT PRIMARY KEY,
     measure_id TEXT NOT NULL,
     from_status TEXT NOT NULL,
     to_status TEXT NOT NULL,
     comment TEXT,
     proposer_id TEXT NOT NULL,
     proposer_name TEXT NOT NULL,
     created_at TEXT NOT NULL,
     base_version TEXT NOT NULL,
     state TEXT NOT NULL DEFAULT 'pending'
       CHECK (state IN ('pending', 'approved', 'rejected', 'stale'))
   );
   CREATE TABLE decisions (
     id TEXT PRIMARY KEY,
     proposal_id TEXT NOT NULL UNIQUE REFERENCES proposals(id),
     measure_id TEXT NOT NULL,
     decider_id TEXT NOT NULL,
     decider_name TEXT NOT NULL,
     decided_at TEXT NOT NULL,
     from_status TEXT NOT NULL,
     to_status TEXT NOT NULL,
     comment TEXT,
     outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'rejected')),
     write_state TEXT NOT NULL CHECK (write_state IN ('pending', 'written', 'conflict', 'not-needed'))
   );
   CREATE INDEX decisions_decided_at ON decisions (decided_at);
   CREATE TABLE outbox (
     decision_id TEXT PRIMARY KEY REFERENCES decisions(id),
     payload TEXT NOT NULL,
     state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'conflict')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     lease_until TEXT,
     last_error TEXT,
     created_at TEXT NOT NULL,
     done_at TEXT
   );
   CREATE INDEX outbox_due ON outbox (state, next_attempt_at);`,
  // The outbox lease names its holder, so a deliverer that lost its lease cannot record an outcome.
  `ALTER TABLE outbox ADD COLUMN lease_token TEXT;`,
  // A write SharePoint refused for good is parked (its reason kept) instead of retried every few
  // seconds; a decision's notifications are recorded with it, so a crash cannot lose them.
  `ALTER TABLE outbox ADD COLUMN parked TEXT;
   ALTER TABLE outbox ADD COLUMN parked_count INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE decisions ADD COLUMN notify_state TEXT;
   ALTER TABLE decisions ADD COLUMN notify_token TEXT;
   ALTER TABLE decisions ADD COLUMN notify_lease_until TEXT;
   CREATE INDEX decisions_notify ON decisions (notify_state);`,
];
