import type { OccurrenceKind } from './occurrences';

/** One reminder to one channel: the unit that is posted exactly once. */
export interface DeliveryKey {
  entryId: string;
  date: string;
  kind: OccurrenceKind;
  conversationId: string;
}

/**
 * `claimed`: a dispatcher holds it and has not started posting. `sending`: the send intent is
 * recorded, the post may be on its way to Teams. `sent`: Teams gave an activity id. `failed`: due
 * again from its next attempt time. `parked`: never posted (channel gone, or too old).
 * `uncertain`: the dispatcher stopped while sending, so the post may or may not have reached
 * Teams; it is never posted again, and coordinators are told.
 */
export type DeliveryState = 'claimed' | 'sending' | 'sent' | 'failed' | 'parked' | 'uncertain';

/** A claim held by one dispatcher. Every later write is conditional on `token` (SQLite: a random token; Tables: the eTag). */
export interface Lease {
  key: DeliveryKey;
  owner: string;
  token: string;
}

export type ClaimResult =
  | { kind: 'claimed'; lease: Lease }
  /** Sent, parked or uncertain: skip it. */
  | { kind: 'done' }
  /** A live dispatcher holds it, or a retry waits for its time: later reminders to the channel wait too. */
  | { kind: 'busy' }
  /** This call found a send cut short by a crash and closed it as uncertain: report it, once. */
  | { kind: 'uncertain' };

export interface ClaimOptions {
  owner: string;
  now: Date;
  /** A claim older than this is taken over even when its owner still beats. */
  leaseMs: number;
  /** An owner whose heartbeat is older than this is taken to be dead. */
  staleMs: number;
  late: boolean;
}

/** The stored facts a claim is decided on. */
export interface DeliveryRow {
  state: DeliveryState;
  owner?: string;
  /** When the claim (or its last renewal) was made, ms since epoch. */
  claimedAt: number;
  nextAttemptAt?: number;
  attempts: number;
  late: boolean;
  activityId?: string;
}

/** Who marked a reminder done, and when. */
export interface DoneRecord {
  entryId: string;
  date: string;
  byAadObjectId: string;
  byName: string;
  at: string;
}

/**
 * The persistent record of every reminder delivery, shared by every dispatcher (instance).
 * Adapters: SQLite (sqlite-ledger.ts) and Azure Table Storage (tables-ledger.ts); both pass the
 * same contract tests. The protocol, per (channel, reminder):
 *   claim (conditional insert, or conditional takeover) → markSending (the intent, conditional on
 *   the lease) → post → markSent (the Teams activity id).
 * A claim is taken over only when it was never being sent; a send cut short becomes `uncertain`.
 */
export interface ReminderLedger {
  claim(key: DeliveryKey, o: ClaimOptions): Promise<ClaimResult>;
  /** Records the send intent and renews the lease; undefined when the lease was lost (then do not post). */
  markSending(lease: Lease, now: Date): Promise<Lease | undefined>;
  /** Teams answered with an error, so nothing was posted: back to `claimed` while the dispatcher waits. */
  markNotSent(lease: Lease, now: Date): Promise<Lease | undefined>;
  markSent(key: DeliveryKey, activityId: string | undefined, now: Date): Promise<void>;
  /** Left due: any dispatcher may try again from `nextAttemptAt`. Conditional on the lease. */
  markFailed(lease: Lease, nextAttemptAt: Date, error: string): Promise<void>;
  /** Never posted: the channel is gone. Conditional on the lease. */
  markParked(lease: Lease, reason: string): Promise<void>;
  /** The post may have reached Teams (no answer came back): never posted again. */
  markUncertain(lease: Lease, reason: string): Promise<void>;
  /** Parks a reminder too old to post; true the first time, so it is reported once. */
  expire(key: DeliveryKey, now: Date): Promise<boolean>;
  row(key: DeliveryKey): Promise<DeliveryRow | undefined>;
  /** Tells the others this dispatcher is alive; its claims are not taken over while it beats. */
  heartbeat(owner: string, now: Date): Promise<void>;
  /** How many dispatchers beat within `staleMs` (at least 1: the caller). */
  liveInstances(now: Date, staleMs: number): Promise<number>;
  /** Records "done" once; later clicks return the first record unchanged. */
  recordDone(entryId: string, date: string, by: { aadObjectId: string; name: string }, now: Date): Promise<{ first: boolean; record: DoneRecord }>;
  doneOf(entryId: string, date: string): Promise<DoneRecord | undefined>;
}

export const TERMINAL: ReadonlySet<DeliveryState> = new Set(['sent', 'parked', 'uncertain']);

/**
 * What a claim does with an existing row. `ownerAlive` is only asked when the answer depends on
 * it: a live lease held by another dispatcher.
 */
export async function claimAction(
  row: DeliveryRow,
  o: ClaimOptions,
  ownerAlive: (owner: string) => Promise<boolean>,
): Promise<'done' | 'busy' | 'take' | 'close-uncertain'> {
  if (TERMINAL.has(row.state)) return 'done';
  const t = o.now.getTime();
  if (row.state === 'failed') return (row.nextAttemptAt ?? 0) <= t ? 'take' : 'busy';
  // Our own claim of this same attempt: the store client retried an insert whose reply was lost.
  // Nothing was sent under it, so it is ours to go on with.
  if (row.state === 'claimed' && row.owner === o.owner && row.claimedAt === t) return 'take';
  // claimed or sending: taken over when the lease ran out, or its owner stopped beating (crashed).
  const abandoned = row.claimedAt <= t - o.leaseMs || !row.owner || !(await ownerAlive(row.owner));
  if (!abandoned) return 'busy';
  return row.state === 'sending' ? 'close-uncertain' : 'take';
}

/** A stable text form of a key, for in-memory sets and logs. */
export function keyText(k: DeliveryKey): string {
  return `${k.conversationId} ${k.entryId} ${k.date} ${k.kind}`;
}
