import type { App, IActivityContext } from '@microsoft/teams.apps';
import type { AdaptiveCardActionResponse, IAdaptiveCardActionInvokeActivity } from '@microsoft/teams.api';
import type { BotDeps } from '../app';
import type { AdaptiveCardJson } from '../cards';

export type InvokeCtx = IActivityContext<IAdaptiveCardActionInvokeActivity>;

/** What a Universal Action returns: a card that replaces the one clicked, or a short message. */
export type VerbResult = { card: AdaptiveCardJson } | { message: string };

/** An Action.Execute verb handler. `data` is untrusted card data: validate every field. */
export type VerbHandler = (ctx: InvokeCtx, data: Record<string, unknown>) => Promise<VerbResult>;

export const UNKNOWN_VERB = 'Denne handlingen kjenner jeg ikke. Skriv «hjelp» for å se hva jeg kan.';

/** The invoke response body Teams expects for adaptiveCard/action. */
export function invokeBody(result: VerbResult): AdaptiveCardActionResponse {
  if ('card' in result) {
    // Our cards are template output, checked by the adaptivecards parser in tests.
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card as never };
  }
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.message };
}

/** Routes Action.Execute by verb only; unknown verbs get a clear message and change nothing. */
export function registerCardActionRoutes(app: App, deps: BotDeps): void {
  const log = deps.log.child('card');
  const verbs = new Map(Object.entries(deps.verbs ?? {}));
  app.on('card.action', async (ctx) => {
    const action = ctx.activity.value?.action as { verb?: unknown; data?: unknown } | undefined;
    const verb = typeof action?.verb === 'string' ? action.verb : '';
    const data = action?.data && typeof action.data === 'object' && !Array.isArray(action.data) ? (action.data as Record<string, unknown>) : {};
    const handler = verbs.get(verb);
    if (!handler) {
      // The verb is card data and may hold anything a user typed: log that it happened, not what.
      log.warn('unknown card verb ignored');
      return invokeBody({ message: UNKNOWN_VERB });
    }
    log.info(`verb ${verb}`);
    return invokeBody(await handler(ctx, data));
  });
}
