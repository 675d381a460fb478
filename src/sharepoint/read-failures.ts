/** How SharePoint read failures become repository outcomes: unavailable, throttled, or refused for good. */
import { RepositoryUnavailableError, type AppendResult, type WriteResult } from '../measures/types';
import type { Attempt } from './retry';
import { SchemaError } from './schema';

/** A read SharePoint refused for good (403 without permission, 404): retrying will not help. */
class ReadRefusedError extends Error {
  override readonly name = 'ReadRefusedError';
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** Unavailable because SharePoint throttles (429, 503): a write waits as long as it asks. */
class ThrottledReadError extends RepositoryUnavailableError {
  constructor(message: string, readonly retryAfterMs: number) {
    super(message);
  }
}

/** Reads fail loudly: unavailable after retries (throttled or not), or refused with the status. */
export function read<T>(r: Attempt<T>): T {
  if (r.ok) return r.value;
  if (r.failure.throttled) throw new ThrottledReadError(r.failure.message, r.failure.retryAfterMs ?? 0);
  if (r.failure.transient) throw new RepositoryUnavailableError(r.failure.message);
  throw new ReadRefusedError(`SharePoint read failed: ${r.failure.message}`, r.failure.status);
}

/** Unreachable is transient; a refused read, a missing list or column is for good, and says which. */
export function caught(err: unknown): WriteResult & AppendResult {
  if (err instanceof ThrottledReadError) return { kind: 'throttled', retryAfterMs: err.retryAfterMs };
  if (err instanceof RepositoryUnavailableError) return { kind: 'failed', error: err.message, transient: true };
  if (err instanceof ReadRefusedError) return { kind: 'failed', error: err.message, transient: false, status: err.status };
  if (err instanceof SchemaError) return { kind: 'failed', error: err.message, transient: false, status: 404 };
  throw err;
}
