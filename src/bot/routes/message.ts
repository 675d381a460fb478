import type { App, IActivityContext } from '@microsoft/teams.apps';
import type { IMessageActivity } from '@microsoft/teams.api';
import type { BotDeps } from '../app';
import { cardAttachment } from '../cards';
import { refFromActivity } from '../conversation-ref';
import { MAX_TEXT_LENGTH, TEXTS } from '../texts';
import { welcomeCard } from '../welcome';

export type MessageCtx = IActivityContext<IMessageActivity>;

/** A text command: the first word picks it, the rest is its argument. */
export type CommandHandler = (ctx: MessageCtx, args: string) => Promise<void>;

const HELP_WORDS = new Set(['hjelp', 'help', 'meny', '?']);

/** Splits "Status 3.2.1" into ["status", "3.2.1"]; punctuation around the command is ignored. */
export function parseCommand(text: string): { command: string; args: string } {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  return { command: first.toLowerCase().replace(/[.!?,:;]+$/, ''), args: rest.join(' ') };
}

/**
 * Messages: commands by their first word, anything else to the answer engine. The text itself is
 * never logged at info level, and never echoed back.
 */
export function registerMessageRoutes(app: App, deps: BotDeps): void {
  const log = deps.log.child('message');
  const commands = new Map<string, CommandHandler>(Object.entries(deps.commands ?? {}));

  app.on('message', async (ctx) => {
    const text = (ctx.activity.text ?? '').trim();
    await deps.conversations.upsert(refFromActivity(ctx.activity), deps.clock.now(), { lazy: true });
    if (text.length > MAX_TEXT_LENGTH) {
      log.info(`message too long (${text.length} chars)`);
      await ctx.send(TEXTS.tooLong);
      return;
    }
    if (text === '') {
      await ctx.send(TEXTS.unsupported);
      return;
    }
    const { command, args } = parseCommand(text);
    if (HELP_WORDS.has(command) && args === '') {
      await ctx.send({ type: 'message', attachments: [cardAttachment(welcomeCard(deps))] });
      return;
    }
    const handler = commands.get(command);
    if (handler) {
      log.info(`command ${command}`);
      await handler(ctx, args);
      return;
    }
    log.debug('free text');
    if (deps.fallback) await deps.fallback(ctx, text);
    else await ctx.send(TEXTS.notYetAnswering);
  });
}
