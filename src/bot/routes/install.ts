import type { App, IActivityContext } from '@microsoft/teams.apps';
import type { Activity } from '@microsoft/teams.api';
import type { BotDeps } from '../app';
import { cardAttachment } from '../cards';
import { refFromActivity } from '../conversation-ref';
import { TEXTS } from '../texts';
import { welcomeCard } from '../welcome';

type Ctx = IActivityContext<Activity>;

/**
 * Installation: a personal chat gets the welcome card; a team gets recorded with its channels
 * (for reminders) and a short hello in General. Teams sends both installationUpdate and
 * conversationUpdate for one install, so both paths are idempotent and greet once.
 */
export function registerInstallRoutes(app: App, deps: BotDeps): void {
  const log = deps.log.child('install');

  async function onAdded(ctx: Ctx): Promise<void> {
    const ref = refFromActivity(ctx.activity);
    const known = (await deps.conversations.get(ref.conversationId)) !== undefined;
    if (ref.kind === 'channel' && ref.teamId) {
      await recordTeam(ctx, ref.teamId);
      if (!known) await ctx.send(TEXTS.teamHello(ref.teamName ?? 'teamet'));
      log.info(`installed in team (channels=${(await deps.conversations.channelsOfTeam(ref.teamId)).length})`);
      return;
    }
    await deps.conversations.upsert(ref, deps.clock.now());
    if (!known) await ctx.send({ type: 'message', attachments: [cardAttachment(welcomeCard(deps))] });
    log.info(`installed in ${ref.kind} chat`);
  }

  async function recordTeam(ctx: Ctx, teamId: string): Promise<void> {
    const base = refFromActivity(ctx.activity);
    const now = deps.clock.now();
    await deps.conversations.upsert({ ...base, conversationId: teamId, channelName: 'General' }, now);
    try {
      const channels = await ctx.api.teams.getConversations(teamId);
      for (const ch of channels) {
        if (!ch.id) continue;
        await deps.conversations.upsert({ ...base, conversationId: ch.id, channelName: ch.name ?? 'General' }, now);
      }
    } catch (err) {
      // General is enough to start; channels are also recorded when someone writes there.
      log.warn('could not list team channels; recorded General only', err);
    }
    if (base.conversationId !== teamId) await deps.conversations.upsert(base, now);
  }

  app.on('install.add', onAdded);
  app.on('conversationUpdate', async (ctx) => {
    const added = (ctx.activity as { membersAdded?: Array<{ id: string }> }).membersAdded ?? [];
    if (added.some((m) => m.id === ctx.activity.recipient.id)) await onAdded(ctx);
  });
  app.on('install.remove', async (ctx) => {
    await deps.conversations.markGone(ctx.activity.conversation.id, deps.clock.now());
    log.info('uninstalled from a conversation');
  });
}
