import type { Logger } from '../common/logger';
import { messages as measureMessages, RepositoryUnavailableError } from '../measures';
import type { GetHandler, RawRouteHandler } from '../server/restify-adapter';
import { readJsonBody } from '../server/json-body';
import type { TabAuthenticator, TabUser } from './auth';

/** Everything under /api/tab lives here. */
export const TAB_API_PREFIX = '/api/tab';

/** A request the server has already authenticated; `coordinator` is decided like the chat's. */
export interface TabRequest {
  user: TabUser;
  coordinator: boolean;
  query: Record<string, string>;
  /** POST only: the parsed JSON body, read after the caller was authenticated. */
  body?: unknown;
}

export interface TabResponse {
  status: number;
  body: unknown;
}

/**
 * One route of the tab's API. Adding a page's data is adding one of these to the list a feature
 * returns; authentication, the coordinator guard, no-store and errors are handled once, here.
 */
export interface TabRoute {
  method: 'GET' | 'POST';
  /** Below /api/tab, e.g. "/status". */
  path: string;
  /** Only coordinators get an answer; others get 403 before the handler runs. */
  coordinatorOnly: boolean;
  handler(request: TabRequest): Promise<TabResponse>;
}

/** The two registration calls the tab needs from the HTTP adapter. */
export interface TabHttp {
  registerGet(path: string, handler: GetHandler): void;
  registerRawRoute(path: string, handler: RawRouteHandler): void;
}

export interface TabApiDeps {
  authenticate: TabAuthenticator;
  /** The same rule the chat uses (COORDINATORS, the plan's coordinators, COORDINATORS_GROUP_ID). */
  isCoordinator(user: { aadObjectId: string }): boolean;
  log: Logger;
}

export const TAB_MESSAGES = {
  forbidden: 'Bare koordinatorer har tilgang til dette.',
} as const;

/** Personal data per user: never cached by a browser or a proxy. */
const NO_STORE = { 'cache-control': 'no-store' };

/** Registers every tab route behind authentication (401), and coordinator-only ones behind 403. */
export function registerTabApi(http: TabHttp, routes: readonly TabRoute[], deps: TabApiDeps): void {
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`tab route ${key} is registered twice`);
    seen.add(key);
    const path = `${TAB_API_PREFIX}${route.path}`;
    const run = async (headers: Record<string, string | string[]>, query: Record<string, string>, body: () => { ok: true; value: unknown } | { ok: false; status: number; error: string }): Promise<TabResponse> => {
      const auth = await deps.authenticate(headers);
      if (!auth.ok) return { status: auth.status, body: { error: auth.error } };
      const coordinator = deps.isCoordinator(auth.user);
      if (route.coordinatorOnly && !coordinator) return { status: 403, body: { error: TAB_MESSAGES.forbidden } };
      const read = body();
      if (!read.ok) return { status: read.status, body: { error: read.error } };
      try {
        return await route.handler({ user: auth.user, coordinator, query, ...(read.value !== undefined ? { body: read.value } : {}) });
      } catch (err) {
        if (!(err instanceof RepositoryUnavailableError)) throw err;
        deps.log.warn(`tab ${key}: the measures store is unavailable`);
        return { status: 503, body: { error: measureMessages.unavailable } };
      }
    };
    if (route.method === 'GET') {
      http.registerGet(path, async ({ headers, query }) => ({ ...(await run(headers, query, () => ({ ok: true, value: undefined }))), headers: NO_STORE }));
    } else {
      http.registerRawRoute(path, async ({ raw, headers }) =>
        run(headers, {}, () => {
          const read = readJsonBody(raw, headers);
          return read.ok ? { ok: true, value: read.body } : { ok: false, status: read.status, error: read.error };
        }));
    }
  }
}
