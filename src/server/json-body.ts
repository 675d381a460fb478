/** Norwegian answers for request bodies that cannot be read as JSON. */
export const BODY_MESSAGES = {
  badJson: 'Forespørselen er ikke gyldig JSON.',
  notJson: 'Forespørselen må ha Content-Type: application/json.',
};

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: 400 | 415; error: string };

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Reads a raw request body as JSON. A body must say `Content-Type: application/json` (parameters
 * such as charset allowed): a client that sends something else gets 415, not a guess. No body
 * at all reads as `undefined`, for the route to judge.
 */
export function readJsonBody(raw: Buffer | undefined, headers: Record<string, string | string[] | undefined>): JsonBody {
  // restify leaves a body without Content-Type unread, so ask the headers whether one was sent.
  const sent = (raw?.length ?? 0) > 0 || Number(header(headers, 'content-length') ?? 0) > 0 || header(headers, 'transfer-encoding') !== undefined;
  if (!sent) return { ok: true, body: undefined };
  const type = (header(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, status: 415, error: BODY_MESSAGES.notJson };
  try {
    return { ok: true, body: JSON.parse((raw ?? Buffer.alloc(0)).toString('utf8')) };
  } catch {
    return { ok: false, status: 400, error: BODY_MESSAGES.badJson };
  }
}
