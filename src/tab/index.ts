import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Config } from '../config';
import type { Person } from '../plan/types';
import type { GetHandler } from '../server/restify-adapter';
import { entraAuthenticator, localAuthenticator, type TabAuthenticator } from './auth';
import { registerTabApi, type TabHttp, type TabRoute } from './routes';

export { tabRoutes, type TabDataDeps } from './feature';
export type { TabRoute, TabRequest, TabResponse } from './routes';

/** Where `npm run build:tab` (and `npm install`) puts the client. */
export const TAB_DIST = path.resolve(__dirname, '..', '..', 'tab', 'dist');
/** The tab's pages: /tab and /tab/ both open it; the pages themselves are #/… routes. */
export const TAB_PATH = '/tab';

/** What a capability hands the service so the tab can be served. */
export interface TabFeature {
  routes: TabRoute[];
  isCoordinator(user: { aadObjectId: string }): boolean;
  /** Local mode's sample users: the default (the sample coordinator) and the names the plan knows. */
  people(): { defaultUser: string | undefined; known: Person[] };
}

/** The HTTP calls the tab needs; RestifyAdapter has them. */
export interface TabServer extends TabHttp {
  serveStatic(path: string, directory: string, options?: { bare?: boolean; headers?: (file: string) => Record<string, string> }): void;
}

/** Teams (web, desktop, mobile, Outlook and the Microsoft 365 app) may show the tab in a frame. */
const FRAME_ANCESTORS = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft https://*.skype.com";

export const TAB_TEXTS = {
  notBuilt: 'Fanen er ikke bygget. Kjør npm run build:tab (npm install gjør det også).',
} as const;

/** Response headers per file: the page is re-checked each time, the hashed assets kept for a year. */
function fileHeaders(file: string): Record<string, string> {
  const asset = file.split(path.sep).includes('assets');
  return {
    'content-security-policy': FRAME_ANCESTORS,
    'x-content-type-options': 'nosniff',
    'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

function authenticator(config: Config, tab: TabFeature, log: Logger, clock: Clock): TabAuthenticator {
  if (config.mode === 'local') return localAuthenticator(() => tab.people());
  return entraAuthenticator({
    clientId: config.clientId ?? '',
    ...(config.botDomain ? { domain: config.botDomain } : {}),
    allowedTenants: config.allowedTenants,
    jwksUrl: config.tabJwksUrl,
    clock,
  }, log, clock);
}

/** Serves the tab's built client and its API (/api/tab/…) on the bot's own server. */
export function serveTab(server: TabServer, tab: TabFeature, config: Config, log: Logger, clock: Clock, dist = TAB_DIST): void {
  if (fs.existsSync(path.join(dist, 'index.html'))) {
    server.serveStatic(TAB_PATH, dist, { bare: true, headers: fileHeaders });
  } else {
    log.warn(`the tab is not built (${dist} has no index.html): run npm run build:tab`);
    const notBuilt: GetHandler = async () => ({ status: 503, body: { error: TAB_TEXTS.notBuilt } });
    server.registerGet(TAB_PATH, notBuilt);
    server.registerGet(`${TAB_PATH}/*`, notBuilt);
  }
  if (config.mode === 'tenant' && !config.botDomain) log.warn('BOT_DOMAIN is unset: the tab accepts only v2 tokens (audience = CLIENT_ID)');
  registerTabApi(server, tab.routes, { authenticate: authenticator(config, tab, log, clock), isCoordinator: (u) => tab.isCoordinator(u), log });
}
