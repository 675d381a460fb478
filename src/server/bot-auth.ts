import type { CloudEnvironment } from '@microsoft/teams.api';
import { ServiceTokenValidator } from '@microsoft/teams.apps/dist/middleware';
import { Logger } from '../common/logger';

/** Decides whether a request carries a valid Bot Framework token for this app. */
export type Authenticator = (headers: Record<string, string | string[]>, body: Record<string, unknown>) => Promise<boolean>;

/**
 * The token's claims, read after its signature was checked. jsonwebtoken checks `exp` only when
 * a token has one, so a validly signed token without it would be good for ever.
 */
function expires(token: string): boolean {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp);
  } catch {
    return false;
  }
}

/**
 * Bot Framework JWT validation with the Teams SDK's own validator (the one the SDK runs after
 * us), so the messaging endpoint can authenticate before it reads the body, and a token must
 * also say when it expires. The validator's logger is silent: it writes each bad token as two
 * ERROR lines, and the guard logs refusals itself. `cloud` is the Bot Framework's public cloud
 * unless a test points it at its own key set.
 */
export function botFrameworkAuthenticator(clientId: string, tenantId: string | undefined, cloud?: CloudEnvironment): Authenticator {
  const validator = new ServiceTokenValidator(clientId, tenantId, undefined, new Logger('jwt', 'error', () => {}), cloud);
  return async (headers, body) => {
    const raw = headers['authorization'];
    const auth = Array.isArray(raw) ? raw[0] : raw;
    if (!auth) return false;
    try {
      await validator.check(auth, body as never);
    } catch {
      return false;
    }
    return expires(auth.replace(/^Bearer /, ''));
  };
}
