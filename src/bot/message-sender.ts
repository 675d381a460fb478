import type { ActivityLike } from '@microsoft/teams.api';
import type { ConversationRef } from '../storage/conversation-store';
import type { TeamsApp } from './teams-app';

/** The outcome of one proactive send; expected failures are values, not exceptions. */
export type SendResult =
  | { kind: 'sent'; activityId?: string }
  | { kind: 'throttled'; retryAfterMs?: number }
  | { kind: 'gone'; status: number }
  /**
   * `maybeDelivered`: Teams never answered (connection dropped, timeout) or a gateway gave up
   * (502, 504), so the post may have gone through. Reminders are then not sent again.
   */
  | { kind: 'failed'; status?: number; error: string; maybeDelivered?: boolean };

/** Posts into a stored conversation (reminders, approval cards, confirmations). */
export interface MessageSender {
  send(ref: ConversationRef, activity: ActivityLike): Promise<SendResult>;
}

type HttpError = { response?: { status?: number; headers?: Record<string, unknown> }; message?: string; code?: string };

/** Errors that happen before a request leaves this machine: nothing can have been posted. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_INVALID_URL', 'ERR_BAD_OPTION', 'ERR_BAD_OPTION_VALUE', 'ERR_CANCELED']);

/** Reads Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(String(value));
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Classifies a failed send the way the dispatcher and outbox need it. */
export function classifySendError(err: unknown): SendResult {
  const e = err as HttpError;
  const status = e?.response?.status;
  if (status === 429) {
    const ms = retryAfterMs(e.response?.headers?.['retry-after']);
    return ms === undefined ? { kind: 'throttled' } : { kind: 'throttled', retryAfterMs: ms };
  }
  if (status === 403 || status === 404) return { kind: 'gone', status };
  if (status) return { kind: 'failed', status, error: `HTTP ${status}`, ...(status === 502 || status === 504 ? { maybeDelivered: true } : {}) };
  const maybeDelivered = !NOT_SENT_CODES.has(e?.code ?? '');
  return { kind: 'failed', error: String(e?.code ?? e?.message ?? err), ...(maybeDelivered ? { maybeDelivered } : {}) };
}

/** MessageSender over the Teams connector, through the SDK's own HTTP client and tokens. */
export class TeamsMessageSender implements MessageSender {
  constructor(private readonly app: TeamsApp) {}

  async send(ref: ConversationRef, activity: ActivityLike): Promise<SendResult> {
    try {
      const sent = await this.app.sendTo(ref, activity);
      return sent.id ? { kind: 'sent', activityId: sent.id } : { kind: 'sent' };
    } catch (err) {
      return classifySendError(err);
    }
  }
}
