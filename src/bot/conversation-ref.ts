import type { Activity } from '@microsoft/teams.api';
import { maskPersonalData } from '../common/mask';
import type { ConversationRef } from '../storage/conversation-store';
import { tenantOf } from './middleware';

type TeamsChannelData = { team?: { id?: string; name?: string }; channel?: { id?: string; name?: string } };

/** The reference to store for the conversation an activity came from. */
export function refFromActivity(activity: Activity): ConversationRef {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const type = activity.conversation.conversationType;
  const kind: ConversationRef['kind'] = type === 'channel' || data.team?.id ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const ref: ConversationRef = { conversationId: activity.conversation.id, serviceUrl: activity.serviceUrl ?? '', kind };
  const tenant = tenantOf(activity);
  if (tenant) ref.tenantId = tenant;
  if (data.team?.id) ref.teamId = data.team.id;
  // Names people chose are stored: masked like any text.
  if (data.team?.name) ref.teamName = maskPersonalData(data.team.name);
  if (kind === 'channel') ref.channelName = maskPersonalData(data.channel?.name ?? 'General');
  if (kind === 'personal' && activity.from.aadObjectId) ref.userAadObjectId = activity.from.aadObjectId;
  if (kind === 'personal') ref.userId = activity.from.id;
  return ref;
}

/** True for a team channel, however the activity says it. */
export function isChannel(activity: Activity): boolean {
  return activity.conversation.conversationType === 'channel' || Boolean((activity.channelData as TeamsChannelData | undefined)?.team);
}

/**
 * The channel itself, not the thread the message was in: reminders start new posts. Teams gives
 * a thread as "<channel>;messageid=<id>"; channelData.channel.id is the channel.
 */
export function channelRef(activity: Activity): ConversationRef {
  const ref = refFromActivity(activity);
  const id = (activity.channelData as TeamsChannelData | undefined)?.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  return { ...ref, conversationId: id, kind: 'channel' };
}
