import type { App } from '@microsoft/teams.apps';
import type { Clock } from './common/clock';
import { systemClock } from './common/clock';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { createBot, type BotDeps } from './bot/app';
import { withActivityGuard } from './server/activity-guard';
import { healthHandler } from './server/health';
import { RestifyAdapter } from './server/restify-adapter';
import { openDatabase, type Db } from './storage/database';
import { SqliteConversationStore } from './storage/conversation-store';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const VERSION: string = require('../package.json').version;

export const MESSAGING_PATH = '/api/messages';

export interface ServiceOptions {
  clock?: Clock;
  /** ':memory:' in tests; defaults to DATA_DIR/assistant.db. */
  databaseFile?: string;
  /** Feature wiring (commands, verbs, answer engine) added by the composition root. */
  features?: (ctx: { db: Db; log: Logger; clock: Clock }) => Promise<Partial<BotDeps>> | Partial<BotDeps>;
  municipality?: string;
}

export interface RunningService {
  app: App;
  adapter: RestifyAdapter;
  db: Db;
  port: number;
  /** Stops accepting, lets in-flight turns finish, closes the database. */
  stop(): Promise<void>;
}

/** Builds and starts everything that serves HTTP; the caller owns process signals. */
export async function startService(config: Config, log: Logger, options: ServiceOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? systemClock;
  const db = openDatabase(options.databaseFile ?? path.join(config.dataDir, 'assistant.db'));
  const conversations = new SqliteConversationStore(db);
  const adapter = new RestifyAdapter({ host: config.host, maxBodyBytes: config.maxBodyBytes, logger: log.child('http') });
  adapter.registerGet('/healthz', healthHandler(config, VERSION));
  adapter.serveStatic('/static', path.resolve(__dirname, '..', 'public'));

  const features = (await options.features?.({ db, log, clock })) ?? {};
  const app = createBot({
    config,
    log: log.child('bot'),
    clock,
    conversations,
    httpServerAdapter: withActivityGuard(adapter, MESSAGING_PATH, log.child('guard')),
    municipality: options.municipality ?? 'Eksempel kommune',
    ...features,
  });
  await app.initialize();
  await adapter.start(config.port);

  return {
    app,
    adapter,
    db,
    port: adapter.port,
    async stop() {
      await adapter.stop();
      db.close();
    },
  };
}
