import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import { escapeMarkdown } from '../bot/markdown';
import type { MessageSender } from '../bot/message-sender';
import type { Plan } from '../plan/types';
import type { ConversationRef, ConversationStore } from '../storage/conversation-store';
import type { DeliveryKey } from './ledger';
import type { RateLimiter } from './rate-limit';
import type { SubscriptionStore } from './subscriptions';
import { formatDateNo } from '../common/dates';
import { REMINDER_TEXTS } from './texts';

export interface NoticeDeps {
  plan: Pick<Plan, 'wheel' | 'coordinators'>;
  subscriptions: SubscriptionStore;
  conversations: ConversationStore;
  sender: MessageSender;
  clock: Clock;
  log: Logger;
}

/** What the dispatcher tells coordinators in their personal chats: a channel is gone, or a post is uncertain. */
export class CoordinatorNotices {
  constructor(private readonly deps: NoticeDeps, private readonly limiter: RateLimiter) {}

  /** Stops the channel's subscriptions and tells each coordinator once (the conditional markGone decides who tells). */
  async channelGone(ref: ConversationRef): Promise<void> {
    const now = this.deps.clock.now();
    if (!(await this.deps.subscriptions.markGone(ref.conversationId, now))) return;
    await this.deps.conversations.markGone(ref.conversationId, now);
    this.deps.log.warn('a subscribed channel is gone; its subscriptions are stopped');
    await this.tell(REMINDER_TEXTS.channelGone(escapeMarkdown(ref.channelName ?? 'General'), escapeMarkdown(ref.teamName ?? '')), 'that a channel is gone');
  }

  /** A post cut short by a crash: it is not posted again, so a person should look in the channel. */
  async uncertain(ref: ConversationRef, key: DeliveryKey): Promise<void> {
    this.deps.log.warn(`reminder ${key.entryId} ${key.date} ${key.kind} may or may not have been posted (stopped while sending); not posted again`);
    const title = this.deps.plan.wheel.find((e) => e.id === key.entryId)?.title ?? key.entryId;
    const [t, channel, team] = [title, ref.channelName ?? 'General', ref.teamName ?? ''].map(escapeMarkdown) as [string, string, string];
    await this.tell(REMINDER_TEXTS.uncertain(t, formatDateNo(key.date), channel, team), 'about an uncertain reminder');
  }

  private async tell(text: string, what: string): Promise<void> {
    for (const c of this.deps.plan.coordinators) {
      const chat = await this.deps.conversations.personalChatOf(c.aadObjectId);
      if (!chat) continue;
      await this.limiter.acquire(chat.conversationId);
      const r = await this.deps.sender.send(chat, { type: 'message', text }).catch(() => ({ kind: 'failed' as const }));
      if (r.kind !== 'sent') this.deps.log.warn(`could not tell a coordinator ${what} (${r.kind})`);
    }
  }
}
