import type { IHttpServerAdapter } from '@microsoft/teams.apps';
import type { Activity } from '@microsoft/teams.api';
import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import type { Config } from '../config';
import type { ConversationStore } from '../storage/conversation-store';
import type { OnceStore } from '../storage/once';
import { stripMentions, tenantGuard, turnErrorBoundary } from './middleware';
import { registerCardActionRoutes, type VerbHandler } from './routes/card-action';
import { registerInstallRoutes } from './routes/install';
import { registerMessageRoutes, type CommandHandler } from './routes/message';
import { registerUnsupportedInvokes } from './routes/unsupported';
import { TeamsApp } from './teams-app';

/** Everything the bot needs, injected; tests build the whole bot with fakes through this. */
export interface BotDeps {
  config: Pick<Config, 'mode' | 'clientId' | 'clientSecret' | 'tenantId' | 'allowedTenants'> & Partial<Pick<Config, 'unansweredLog'>>;
  log: ILogger;
  clock: Clock;
  conversations: ConversationStore;
  /** Claims that happen once on any instance: a team's first greeting. */
  once: OnceStore;
  httpServerAdapter: IHttpServerAdapter;
  municipality: string;
  /** Text commands by first word, e.g. { status: …, oversikt: … }. */
  commands?: Record<string, CommandHandler>;
  /** Action.Execute handlers by verb. */
  verbs?: Record<string, VerbHandler>;
  /** Free text that is not a command: the answer engine. */
  fallback?: CommandHandler;
  /** Told of every activity the bot accepts, before it is handled; must be quick and never throw. */
  onActivity?: (activity: Activity) => void;
}

/** Builds the Teams app with its routes. Starting and stopping belong to the caller. */
export function createBot(deps: BotDeps): TeamsApp {
  const local = deps.config.mode === 'local';
  const app = new TeamsApp({
    clientId: deps.config.clientId,
    clientSecret: deps.config.clientSecret,
    tenantId: deps.config.tenantId,
    logger: deps.log,
    httpServerAdapter: deps.httpServerAdapter,
    dangerouslyAllowUnauthenticatedRequests: local,
  });
  // The boundary comes first, so whatever a later step throws (mention stripping included; the
  // SDK's own stripText option would run before it) ends as a safe message, not an empty 500.
  app.use(turnErrorBoundary(deps.log.child('turn')));
  app.use(stripMentions);
  if (!local) app.use(tenantGuard(deps.config.allowedTenants, deps.log.child('tenant')));
  if (deps.onActivity) {
    const seen = deps.onActivity;
    app.use(async (ctx) => {
      seen(ctx.activity);
      return ctx.next();
    });
  }
  registerInstallRoutes(app, deps);
  registerMessageRoutes(app, deps);
  registerCardActionRoutes(app, deps);
  registerUnsupportedInvokes(app);
  return app;
}
