import type { App, IActivityContext } from '@microsoft/teams.apps';
import type { Activity } from '@microsoft/teams.api';
import { maskPersonalData } from '../../common/mask';
import type { BotDeps } from '../app';
import { cardAttachment } from '../cards';
import { refFromActivity } from '../conversation-ref';
import { TEXTS } from '../texts';
import { welcomeCard } from '../welcome';

type Ctx = IActivityContext<Activity>;

/** Teams sends installationUpdate and conversationUpdate for one install, close together. */
const ONE_INSTALL_MS = 60_000;

/**
 * Installation: a personal or group chat gets the welcome card on every install (a reinstall,
 * or the Agents Playground opening a fresh chat on reload, deserves a greeting too); the two
 * events of one install greet once. A team gets recorded with its channels (for reminders) and
 * a short hello in General, the first time only, on any store and any number of instances.
 */
export function registerInstallRoutes(app: App, deps: BotDeps): void {
  const log = deps.log.child('install');
  const installs = new Map<string, { at: number; events: Set<string> }>();

  /**
   * True for the first event of an install. The second event type of the same install, shortly
   * after, is not; an event type already seen means a new install (or a reload) has begun.
   */
  function firstEventOfInstall(conversationId: string, type: string): boolean {
    const now = deps.clock.now().getTime();
    const current = installs.get(conversationId);
    if (current && now - current.at < ONE_INSTALL_MS && !current.events.has(type)) {
      current.events.add(type);
      return false;
    }
    installs.delete(conversationId);
    installs.set(conversationId, { at: now, events: new Set([type]) });
    if (installs.size > 10_000) installs.delete(installs.keys().next().value as string);
    return true;
  }

  async function onAdded(ctx: Ctx): Promise<void> {
    const ref = refFromActivity(ctx.activity);
    if (ref.kind === 'channel' && ref.teamId) {
      const known = (await deps.conversations.get(ref.conversationId)) !== undefined;
      await recordTeam(ctx, ref.teamId);
      // Teams sends two events for one install, and they may arrive together (on two instances):
      // both see an unknown team, so the greeting is claimed with a conditional insert first.
      if (!known && (await deps.once.first(`team-hello ${ref.teamId}`, deps.clock.now()))) await ctx.send(TEXTS.teamHello(ref.teamName ?? 'teamet'));
      log.info(`installed in team (channels=${(await deps.conversations.channelsOfTeam(ref.teamId)).length})`);
      return;
    }
    await deps.conversations.upsert(ref, deps.clock.now());
    if (firstEventOfInstall(ref.conversationId, ctx.activity.type)) await ctx.send({ type: 'message', attachments: [cardAttachment(welcomeCard(deps))] });
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
        await deps.conversations.upsert({ ...base, conversationId: ch.id, channelName: maskPersonalData(ch.name ?? 'General') }, now);
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
