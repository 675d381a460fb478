import path from 'node:path';
import type { HttpRouteHandler } from '@microsoft/teams.apps';
import type { Clock } from './common/clock';
import { systemClock } from './common/clock';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { createBot } from './bot/app';
import type { Feature } from './bot/features';
import { TeamsMessageSender, type MessageSender, type SendResult } from './bot/message-sender';
import type { TeamsApp } from './bot/teams-app';
import { buildFeatures, type FeatureContext } from './features';
import { withActivityGuard } from './server/activity-guard';
import { botFrameworkAuthenticator } from './server/bot-auth';
import { healthHandler } from './server/health';
import { readinessHandler, type ReadinessCheck } from './server/readiness';
import { RestifyAdapter, type GetHandler } from './server/restify-adapter';
import { openDatabase, type Db } from './storage/database';
import { openState, type StateStores } from './storage/state';
import { serveTab, type TabFeature } from './tab';
import type { DispatcherOptions } from './reminders/dispatcher';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const VERSION: string = require('../package.json').version;

export const MESSAGING_PATH = '/api/messages';

type Features = Feature & {
  readiness?: ReadinessCheck[];
  routes?: Array<{ path: string; handler: HttpRouteHandler }>;
  getRoutes?: Array<{ path: string; handler: GetHandler }>;
  /** The Teams tab's API and who may use it; the service serves the client and the API. */
  tab?: TabFeature;
  start?(): void;
  documentsLoaded?(): Promise<void>;
  stop?(): Promise<void>;
};

export interface ServiceOptions {
  clock?: Clock;
  /** ':memory:' in tests; defaults to DATA_DIR/assistant.db. */
  databaseFile?: string;
  /** Capabilities (commands, verbs, answer engine); defaults to the real ones from config. */
  features?: (ctx: FeatureContext) => Promise<Features> | Features;
  municipality?: string;
  /** The state ports; default from config (STATE_STORE). */
  state?: StateStores;
  /** Reminder dispatcher tuning (tests shorten leases; the bench lifts the rate limits). */
  reminders?: DispatcherOptions;
  /** The bench reads each reminder's failure window (intent recorded → activity id recorded), in ms. */
  onReminderWindow?: (ms: number) => void;
  /** How much of each knowledge file is read; tests shrink it (default READ_LIMITS). */
  readLimits?: FeatureContext['readLimits'];
}

export interface RunningService {
  app: TeamsApp;
  features: Features;
  adapter: RestifyAdapter;
  db: Db;
  state: StateStores;
  port: number;
  /** Resolves once the first load of the documents has ended; the service listens before that. */
  documentsLoaded(): Promise<void>;
  /** Stops accepting, lets in-flight turns finish, stops background work, closes the database. */
  stop(): Promise<void>;
}

/**
 * A sender that capabilities can hold before the Teams app exists: the app needs their
 * commands, and they need to send through the app.
 */
class DeferredSender implements MessageSender {
  target?: MessageSender;
  async send(...args: Parameters<MessageSender['send']>): Promise<SendResult> {
    return this.target ? this.target.send(...args) : { kind: 'failed', error: 'not started' };
  }
}

/** Builds and starts everything that serves HTTP; the caller owns process signals. */
export async function startService(config: Config, log: Logger, options: ServiceOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? systemClock;
  const db = openDatabase(options.databaseFile ?? path.join(config.dataDir, 'assistant.db'));
  const state = options.state ?? (await openState(config, db));
  const conversations = state.conversations;
  const sender = new DeferredSender();
  const adapter = new RestifyAdapter({ host: config.host, maxBodyBytes: config.maxBodyBytes, logger: log.child('http') });
  adapter.registerGet('/healthz', healthHandler(config, VERSION));
  adapter.serveStatic('/static', path.resolve(__dirname, '..', 'public'));

  const ctx: FeatureContext = {
    db, log, clock, conversations, sender, state,
    ...(options.reminders ? { reminders: options.reminders } : {}),
    ...(options.onReminderWindow ? { onReminderWindow: options.onReminderWindow } : {}),
    ...(options.readLimits ? { readLimits: options.readLimits } : {}),
    baseUrl: () => `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${adapter.port}`,
  };
  const features: Features = options.features ? await options.features(ctx) : await buildFeatures(config, ctx);
  const app = createBot({
    config,
    log: log.child('bot'),
    clock,
    conversations,
    once: state.once,
    httpServerAdapter: withActivityGuard(adapter, MESSAGING_PATH, {
      log: log.child('guard'),
      clock,
      ...(config.mode === 'tenant' && config.clientId ? { authenticate: botFrameworkAuthenticator(config.clientId, config.tenantId) } : {}),
    }),
    municipality: options.municipality ?? 'Eksempel kommune',
    ...(features.commands ? { commands: features.commands } : {}),
    ...(features.verbs ? { verbs: features.verbs } : {}),
    ...(features.fallback ? { fallback: features.fallback } : {}),
    ...(features.onActivity ? { onActivity: features.onActivity } : {}),
  });
  sender.target = new TeamsMessageSender(app);
  // Feature routes take no body (the reminder trigger reads only its secret header), so a
  // scheduler may POST any body or none; the secret is checked before anything else.
  for (const route of features.routes ?? []) adapter.registerRawRoute(route.path, ({ headers }) => route.handler({ body: undefined, headers }));
  for (const route of features.getRoutes ?? []) adapter.registerGet(route.path, route.handler);
  if (features.tab) serveTab(adapter, features.tab, config, log.child('tab'), clock);
  // Readiness, unlike /healthz: the index is loaded, the database answers, Graph when configured.
  adapter.registerGet('/readyz', readinessHandler([
    { name: 'database', check: () => db.prepare('SELECT 1 AS ok').get() !== undefined },
    ...(state.kind === 'sqlite' ? [] : [{ name: 'state', check: () => state.ping() }]),
    ...(features.readiness ?? []),
  ]));
  await app.initialize();
  // Listen first, then start background work: the documents are indexed after this (features.start),
  // so a large or hostile library never keeps /healthz or an emergency answer waiting.
  await adapter.start(config.port);
  features.start?.();

  return {
    app,
    features,
    adapter,
    db,
    state,
    port: adapter.port,
    documentsLoaded: async () => {
      await features.documentsLoaded?.();
    },
    async stop() {
      await adapter.stop();
      await features.stop?.();
      conversations.flush?.();
      db.close();
    },
  };
}
