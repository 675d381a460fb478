import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Clock } from '../common/clock';

/** What the tab's SSO token must say, from config. */
export interface EntraTokenOptions {
  /** The Entra app's client id (CLIENT_ID). */
  clientId: string;
  /** The app's host name (BOT_DOMAIN); with it the audience api://<domain>/<client id> is accepted. */
  domain?: string;
  /** Tenants whose users are served (ALLOWED_TENANTS). */
  allowedTenants: readonly string[];
  /** Entra's signing keys (TAB_JWKS_URL). */
  jwksUrl: string;
  clock: Clock;
}

/** The user a valid token names. */
export interface TokenUser {
  aadObjectId: string;
  name: string;
  tenantId: string;
}

/** Why a token was refused: a short code for the log, never the token or its claims. */
export type TokenResult =
  | { ok: true; user: TokenUser }
  | { ok: false; reason: string; unavailable?: boolean };

/** The scope the Entra app exposes to Teams (aad.manifest.json); a token for anything else is refused. */
export const TAB_SCOPE = 'access_as_user';
/** Clock skew Entra's own libraries allow between its servers and ours. */
const CLOCK_TOLERANCE_S = 120;

/**
 * Checks the Entra access token that Teams hands the tab (`authentication.getAuthToken`): RS256
 * signature from the tenant's published keys, audience (api://<domain>/<client id> for v1 tokens,
 * the client id for v2), an Entra issuer for the token's own tenant, an expiry (a token without
 * one is refused), the allowed tenants, a user (oid) and the access_as_user scope.
 */
export class EntraTokenValidator {
  private readonly keys: JWTVerifyGetKey;
  private readonly audiences: string[];

  constructor(private readonly options: EntraTokenOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
    this.audiences = [options.clientId, ...(options.domain ? [`api://${options.domain}/${options.clientId}`] : [])];
  }

  async verify(token: string): Promise<TokenResult> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        audience: this.audiences,
        requiredClaims: ['exp', 'iss', 'tid', 'oid'],
        currentDate: this.options.clock.now(),
        clockTolerance: CLOCK_TOLERANCE_S,
      }));
    } catch (err) {
      return refusal(err);
    }
    const tid = String(payload.tid);
    if (!this.options.allowedTenants.includes(tid)) return { ok: false, reason: 'tenant not allowed' };
    if (payload.iss !== `https://login.microsoftonline.com/${tid}/v2.0` && payload.iss !== `https://sts.windows.net/${tid}/`) {
      return { ok: false, reason: 'issuer is not Entra for the token\'s tenant' };
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(TAB_SCOPE)) return { ok: false, reason: `scope ${TAB_SCOPE} missing` };
    const name = typeof payload.name === 'string' ? payload.name : '';
    return { ok: true, user: { aadObjectId: String(payload.oid), name, tenantId: tid } };
  }
}

/** Keys we could not fetch say nothing about the token: the caller answers 503, not 401. */
function refusal(err: unknown): TokenResult {
  // JWKSInvalid and the generic JOSEError come only from the key set's HTTP answer.
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || (err instanceof errors.JOSEError && err.code === 'ERR_JOSE_GENERIC')) {
    return { ok: false, reason: 'signing keys unavailable', unavailable: true };
  }
  if (err instanceof errors.JOSEError) return { ok: false, reason: err.code };
  // fetch() failing (connection refused, DNS) surfaces as a plain TypeError from the key set.
  if (err instanceof TypeError) return { ok: false, reason: 'signing keys unavailable', unavailable: true };
  return { ok: false, reason: 'malformed token' };
}
