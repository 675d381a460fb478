import type { Measure } from '../plan/types';
import type { OutboxPayload } from './types';

/** What of a decision had reached the repository when a delivery stopped. */
export interface Saved {
  /** The status on the measure. */
  status: boolean;
  /** The status log row. */
  log: boolean;
}

/** What one delivery attempt achieved. */
export type DeliveryResult =
  | { kind: 'delivered' }
  | { kind: 'conflict'; current: Measure }
  | { kind: 'retry'; retryAfterMs?: number; error: string }
  /** Refused for good (400, 403, 404): kept, and tried again only after a long wait or a fix. */
  | { kind: 'parked'; error: string; status?: number; saved: Saved };

/** A refusal for good, as listeners hear of it. `first` is true the first time this entry was parked. */
export interface ParkedEvent {
  payload: OutboxPayload;
  error: string;
  status?: number;
  saved: Saved;
  first: boolean;
}

/**
 * Outcomes people must hear about after the fact: a write refused for good, a parked write that
 * went through after all, and a conflict found by a delivery nobody was waiting for.
 */
export interface OutboxListener {
  parked?(e: ParkedEvent): Promise<void> | void;
  recovered?(e: { payload: OutboxPayload }): Promise<void> | void;
  conflict?(e: { payload: OutboxPayload; current: Measure }): Promise<void> | void;
}

/** Held by a caller that waits for a delivery (an approval click); it clears `awaited` when it stops waiting. */
export interface Watch {
  awaited: boolean;
}
