/** Builders for the activities Teams sends, shaped like real msteams traffic. */

export const BOT = { id: '28:bot-id', name: 'Planassistenten' };
export const TENANT = '00000000-0000-0000-0000-000000000001';
export const USERS = {
  kari: { id: '29:kari', name: 'Kari Nordmann', aadObjectId: '00000000-0000-0000-0000-000000000020' },
  ola: { id: '29:ola', name: 'Ola Hansen', aadObjectId: '00000000-0000-0000-0000-000000000021' },
  per: { id: '29:per', name: 'Per Olsen', aadObjectId: '00000000-0000-0000-0000-000000000025' },
};
type User = (typeof USERS)[keyof typeof USERS];

let seq = 0;
const nextId = () => `act-${++seq}`;

function base(serviceUrl: string, from: User, conversation: { id: string; [key: string]: unknown }) {
  return {
    id: nextId(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: BOT,
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } },
    locale: 'nb-NO',
  };
}

export function personalMessage(serviceUrl: string, text: string, from: User = USERS.per) {
  return { ...base(serviceUrl, from, { id: `a:personal-${from.id}`, conversationType: 'personal' }), type: 'message', text };
}

export function channelMention(serviceUrl: string, text: string, from: User = USERS.per) {
  const a = base(serviceUrl, from, { id: '19:general@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true });
  return {
    ...a,
    type: 'message',
    text: `<at>Planassistenten</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Planassistenten</at>', mentioned: BOT }],
    channelData: { ...a.channelData, team: { id: '19:general@thread.tacv2', name: 'Ledere oppvekst' }, channel: { id: '19:general@thread.tacv2', name: 'General' } },
  };
}

export function personalInstall(serviceUrl: string, from: User = USERS.per) {
  return { ...base(serviceUrl, from, { id: `a:personal-${from.id}`, conversationType: 'personal' }), type: 'installationUpdate', action: 'add' };
}

export function teamInstall(serviceUrl: string, from: User = USERS.kari) {
  const a = base(serviceUrl, from, { id: '19:general@thread.tacv2', conversationType: 'channel', isGroup: true });
  return {
    ...a,
    type: 'conversationUpdate',
    membersAdded: [BOT],
    channelData: { ...a.channelData, eventType: 'teamMemberAdded', team: { id: '19:general@thread.tacv2', name: 'Ledere oppvekst' } },
  };
}

export function cardAction(serviceUrl: string, verb: string, data: Record<string, unknown>, from: User = USERS.kari) {
  return {
    ...base(serviceUrl, from, { id: `a:personal-${from.id}`, conversationType: 'personal' }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}
