import type { ActivityLike } from '@microsoft/teams.api';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { MessageSender, SendResult } from '../bot/message-sender';
import type { ConversationRef } from '../storage/conversation-store';
import type { Lease, ReminderLedger } from './ledger';
import type { RateLimiter, Sleep } from './rate-limit';

const MINUTE = 60_000;

/** How one claimed reminder ended in this pass. `lost`: another dispatcher took the claim; nothing was posted. */
export type DeliveryOutcome = 'sent' | 'gone' | 'throttled' | 'failed' | 'uncertain' | 'lost';

export interface DeliveryDeps {
  ledger: ReminderLedger;
  sender: MessageSender;
  limiter: RateLimiter;
  clock: Clock;
  sleep: Sleep;
  log: Logger;
  /** The backoff before attempt `attempt + 1`. */
  backoff: (attempt: number) => number;
  maxAttemptsPerRun: number;
  maxInRunWaitMs: number;
  /** Called when the intent is recorded and again when the activity id is: the failure window, for the bench. */
  onWindow?: (ms: number) => void;
}

/**
 * Posts one claimed reminder. The send intent is written (conditional on the lease) right before
 * the post and the activity id right after, so a crash in between leaves `sending`, which no
 * dispatcher posts again. Throttling is retried in-run within bounds; then the reminder is left due.
 */
export async function deliver(d: DeliveryDeps, ref: ConversationRef, claimed: Lease, activity: ActivityLike): Promise<DeliveryOutcome> {
  let lease = claimed;
  for (let attempt = 1; ; attempt++) {
    await d.limiter.acquire(ref.conversationId);
    const intent = await d.ledger.markSending(lease, d.clock.now());
    if (!intent) return 'lost';
    const opened = performance.now();
    let result: SendResult;
    try {
      result = await d.sender.send(ref, activity);
    } catch (err) {
      d.log.error('reminder send threw', err);
      result = { kind: 'failed', error: 'exception', maybeDelivered: true };
    }
    if (result.kind === 'sent') {
      await d.ledger.markSent(lease.key, result.activityId, d.clock.now());
      d.onWindow?.(performance.now() - opened);
      return 'sent';
    }
    if (result.kind === 'gone') {
      await d.ledger.markParked(intent, `gone ${result.status}`);
      return 'gone';
    }
    if (result.kind === 'failed' && result.maybeDelivered) {
      // No answer from Teams: the post may be there. Never twice, so it is not tried again.
      await d.ledger.markUncertain(intent, result.error);
      return 'uncertain';
    }
    const retryable = result.kind === 'throttled' || result.status === undefined || result.status === 412 || result.status >= 500;
    const wait = result.kind === 'throttled' && result.retryAfterMs !== undefined ? result.retryAfterMs : d.backoff(attempt);
    const outcome = result.kind === 'throttled' ? 'throttled' : 'failed';
    if (!retryable || attempt >= d.maxAttemptsPerRun || wait > d.maxInRunWaitMs) {
      // Left due: the next run (any dispatcher) takes it from its next attempt time.
      const next = new Date(d.clock.now().getTime() + Math.max(wait, retryable ? 0 : 15 * MINUTE));
      await d.ledger.markFailed(intent, next, result.kind === 'throttled' ? 'throttled' : result.error);
      d.log.warn(`reminder ${lease.key.entryId} ${lease.key.date} left for a later run (${outcome})`);
      return outcome;
    }
    // Teams answered, so nothing was posted: drop the intent while waiting, so a crash now is harmless.
    const back = await d.ledger.markNotSent(intent, d.clock.now());
    if (!back) return 'lost';
    lease = back;
    await d.sleep(wait);
  }
}
