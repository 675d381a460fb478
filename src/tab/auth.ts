import type { Clock } from '../common/clock';
import { RateLimitedWarning } from '../common/log-limiter';
import type { Logger } from '../common/logger';
import type { Person } from '../plan/types';
import { EntraTokenValidator, type EntraTokenOptions } from './entra-token';

/** The person a tab request comes from, as the server decided it (never from the request body). */
export interface TabUser {
  aadObjectId: string;
  /** From the token's name claim, or the plan; may be empty. */
  name: string;
}

export type AuthResult =
  | { ok: true; user: TabUser }
  | { ok: false; status: 400 | 401 | 503; error: string };

/** Decides who sent a request to /api/tab/…, from its headers. */
export type TabAuthenticator = (headers: Record<string, string | string[] | undefined>) => Promise<AuthResult>;

export const AUTH_MESSAGES = {
  unauthorized: 'Du er ikke logget inn. Åpne Handlingsplan i Teams på nytt.',
  unavailable: 'Innloggingen kan ikke sjekkes akkurat nå. Prøv igjen om litt.',
  badLocalUser: 'Ugyldig bruker-id i ?as=. Bruk en objekt-id fra .m365agentsplayground.yml.',
} as const;

/** Local mode names the sample user in this header (the page's ?as=); tenant mode never reads it. */
export const LOCAL_USER_HEADER = 'x-local-user';
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Local mode (loopback only, no credentials, like the Playground): the sample user the page asks
 * for with ?as=<object id>, else the sample coordinator. Names come from the plan.
 */
export function localAuthenticator(people: () => { defaultUser: string | undefined; known: Person[] }): TabAuthenticator {
  return async (headers) => {
    const { defaultUser, known } = people();
    const asked = header(headers, LOCAL_USER_HEADER)?.trim();
    if (asked && !OBJECT_ID.test(asked)) return { ok: false, status: 400, error: AUTH_MESSAGES.badLocalUser };
    const id = asked || defaultUser;
    if (!id) return { ok: false, status: 401, error: AUTH_MESSAGES.unauthorized };
    return { ok: true, user: { aadObjectId: id, name: known.find((p) => p.aadObjectId === id)?.name ?? '' } };
  };
}

/** Tenant mode: a valid Entra SSO token for an allowed tenant in `Authorization: Bearer …`, or 401. */
export function entraAuthenticator(options: EntraTokenOptions, log: Logger, clock: Clock): TabAuthenticator {
  const validator = new EntraTokenValidator(options);
  const refused = new RateLimitedWarning(log, 'tab request refused: no valid token', clock);
  return async (headers) => {
    const auth = header(headers, 'authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    if (!token) {
      refused.hit();
      return { ok: false, status: 401, error: AUTH_MESSAGES.unauthorized };
    }
    const result = await validator.verify(token);
    if (result.ok) return { ok: true, user: { aadObjectId: result.user.aadObjectId, name: result.user.name } };
    if (result.unavailable) {
      log.warn(`tab token not checked: ${result.reason}`);
      return { ok: false, status: 503, error: AUTH_MESSAGES.unavailable };
    }
    log.debug(`tab token refused: ${result.reason}`);
    refused.hit();
    return { ok: false, status: 401, error: AUTH_MESSAGES.unauthorized };
  };
}
