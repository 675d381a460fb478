import { App, type AppOptions, type IPlugin } from '@microsoft/teams.apps';
import { toActivityParams, type ActivityLike, type SentActivity } from '@microsoft/teams.api';
import type { ConversationRef } from '../storage/conversation-store';

/**
 * The SDK's App, plus proactive sends to a stored conversation reference. `App.send` always
 * uses one configured serviceUrl and needs credentials; Teams gives each conversation its own
 * serviceUrl, and local mode has no credentials, so we use the App's own sender with the ref.
 */
export class TeamsApp extends App<IPlugin> {
  constructor(options: AppOptions<IPlugin>, private readonly botAccount = { id: 'planassistenten', role: 'bot' as const }) {
    super(options);
  }

  /** Posts an activity into a stored conversation; updates it when `activity.id` is set. */
  async sendTo(ref: ConversationRef, activity: ActivityLike): Promise<SentActivity> {
    return this.activitySender.send(toActivityParams(activity), {
      channelId: 'msteams',
      serviceUrl: ref.serviceUrl.replace(/\/+$/, ''),
      bot: { id: this.id ?? this.botAccount.id, role: this.botAccount.role },
      conversation: { id: ref.conversationId, ...(ref.tenantId ? { tenantId: ref.tenantId } : {}) } as never,
    });
  }
}
