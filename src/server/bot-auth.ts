import { ServiceTokenValidator } from '@microsoft/teams.apps/dist/middleware';
import { Logger } from '../common/logger';

/** Decides whether a request carries a valid Bot Framework token for this app. */
export type Authenticator = (headers: Record<string, string | string[]>, body: Record<string, unknown>) => Promise<boolean>;

/**
 * Bot Framework JWT validation with the Teams SDK's own validator (the one the SDK runs after
 * us), so the messaging endpoint can authenticate before it reads the body. Its logger is
 * silent: it writes each bad token as two ERROR lines, and the guard logs refusals itself.
 */
export function botFrameworkAuthenticator(clientId: string, tenantId: string | undefined): Authenticator {
  const validator = new ServiceTokenValidator(clientId, tenantId, undefined, new Logger('jwt', 'error', () => {}));
  return async (headers, body) => {
    const raw = headers['authorization'];
    const auth = Array.isArray(raw) ? raw[0] : raw;
    if (!auth) return false;
    try {
      await validator.check(auth, body as never);
      return true;
    } catch {
      return false;
    }
  };
}
