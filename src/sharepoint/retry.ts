/**
 * Retries for Graph calls: 429/5xx and network failures only, honouring Retry-After, with
 * jittered exponential backoff and a bound. `sleep` and `random` are injected so tests drive
 * them from a clock instead of waiting.
 */
export interface RetryPolicy {
  /** Total attempts, including the first. Default 4. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Longest wait we sit through inline; a longer Retry-After is handed back to the caller. */
  maxDelayMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy: RetryPolicy = {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 10_000,
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ...overrides,
  };
  if (!(policy.maxAttempts >= 1)) throw new RangeError(`maxAttempts must be >= 1, got ${policy.maxAttempts}`);
  return policy;
}

/** A Graph failure reduced to what the retry decision needs. */
export interface GraphFailure {
  /** HTTP status, or -1 when no response arrived (refused, reset, DNS). */
  status: number;
  transient: boolean;
  throttled: boolean;
  retryAfterMs?: number;
  message: string;
}

export function classify(err: unknown): GraphFailure {
  const e = err as { statusCode?: number; message?: string; code?: string | null; headers?: Headers };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : -1;
  const retryAfter = e?.headers instanceof Headers ? parseRetryAfter(e.headers.get('retry-after')) : undefined;
  const throttled = status === 429 || status === 503 || status === 504;
  return {
    status,
    transient: status <= 0 || status === 429 || status >= 500,
    throttled,
    ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
    message: `${status > 0 ? `HTTP ${status}` : 'no response'}${e?.code ? ` ${e.code}` : ''}: ${e?.message ?? String(err)}`,
  };
}

/** Retry-After in seconds (or an HTTP date) to milliseconds. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function backoffMs(attempt: number, policy: RetryPolicy): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * policy.random());
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };

/** Runs `op` until it succeeds, fails for good, or the bound is reached. Never throws for HTTP errors. */
export async function withRetry<T>(policy: RetryPolicy, op: () => Promise<T>): Promise<Attempt<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await op() };
    } catch (err) {
      const failure = classify(err);
      if (!failure.transient || attempt >= policy.maxAttempts) return { ok: false, failure };
      const wait = failure.retryAfterMs ?? backoffMs(attempt, policy);
      if (wait > policy.maxDelayMs) return { ok: false, failure };
      await policy.sleep(wait);
    }
  }
}
