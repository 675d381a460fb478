import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { ILogger } from '@microsoft/teams.common';

/** Norwegian answers for activities the SDK would otherwise fail on with a 500. */
export const GUARD_MESSAGES = {
  notAnActivity: 'Forespørselen er ikke en gyldig aktivitet.',
  missingType: 'Aktiviteten mangler type.',
  missingConversation: 'Aktiviteten mangler samtale (conversation.id).',
  missingFrom: 'Aktiviteten mangler avsender (from.id).',
  missingServiceUrl: 'Aktiviteten mangler serviceUrl.',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasId(v: unknown): boolean {
  return isObject(v) && typeof v.id === 'string' && v.id.length > 0;
}

/** Returns why a body is not a usable activity, or null when it is. Never inspects text. */
export function activityProblem(body: unknown): string | null {
  if (!isObject(body)) return GUARD_MESSAGES.notAnActivity;
  if (typeof body.type !== 'string' || body.type === '') return GUARD_MESSAGES.missingType;
  if (!hasId(body.conversation)) return GUARD_MESSAGES.missingConversation;
  if (!hasId(body.from)) return GUARD_MESSAGES.missingFrom;
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\//.test(body.serviceUrl)) return GUARD_MESSAGES.missingServiceUrl;
  return null;
}

/**
 * Wraps an adapter so the messaging endpoint answers malformed activities with 400 before the
 * SDK sees them. The SDK trusts the activity's shape and would answer a missing conversation
 * with a 500; staff and Teams deserve a clear 4xx instead.
 */
export function withActivityGuard(inner: IHttpServerAdapter, messagingPath: string, log: ILogger): IHttpServerAdapter {
  const guarded: IHttpServerAdapter = {
    registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler) {
      if (path !== messagingPath) return inner.registerRoute(method, path, handler);
      inner.registerRoute(method, path, async (request) => {
        const problem = activityProblem(request.body);
        if (problem) {
          log.warn(`rejected malformed activity: ${problem}`);
          return { status: 400, body: { error: problem } };
        }
        return handler(request);
      });
    },
  };
  if (inner.serveStatic) guarded.serveStatic = inner.serveStatic.bind(inner);
  if (inner.start) guarded.start = inner.start.bind(inner);
  if (inner.stop) guarded.stop = inner.stop.bind(inner);
  return guarded;
}
