import assert from 'node:assert/strict';
import { openDatabase } from '../../src/storage/database';
import { SqliteConversationStore } from '../../src/storage/conversation-store';

describe('SqliteConversationStore', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  const make = () => new SqliteConversationStore(openDatabase(':memory:'));

  it('finds a personal chat by the user\'s object id', () => {
    const store = make();
    store.upsert({ conversationId: 'a:1', kind: 'personal', serviceUrl: 'http://x', userAadObjectId: 'u1' }, now);
    assert.equal(store.personalChatOf('u1')?.conversationId, 'a:1');
    assert.equal(store.personalChatOf('u2'), undefined);
  });

  it('keeps known fields when a later upsert lacks them', () => {
    const store = make();
    store.upsert({ conversationId: 'c1', kind: 'channel', serviceUrl: 'http://x', teamId: 't', channelName: 'TryggEst' }, now);
    store.upsert({ conversationId: 'c1', kind: 'channel', serviceUrl: 'http://y' }, now);
    const ref = store.get('c1');
    assert.equal(ref?.channelName, 'TryggEst');
    assert.equal(ref?.serviceUrl, 'http://y');
  });

  it('marks a conversation gone and revives it on a new install', () => {
    const store = make();
    const ref = { conversationId: 'a:1', kind: 'personal' as const, serviceUrl: 'http://x', userAadObjectId: 'u1' };
    store.upsert(ref, now);
    store.markGone('a:1', now);
    assert.equal(store.personalChatOf('u1'), undefined);
    store.upsert(ref, now);
    assert.equal(store.personalChatOf('u1')?.goneAt, undefined);
  });

  it('lists the channels of a team by name', () => {
    const store = make();
    store.upsert({ conversationId: 'c2', kind: 'channel', serviceUrl: 'http://x', teamId: 't', channelName: 'TryggEst' }, now);
    store.upsert({ conversationId: 'c1', kind: 'channel', serviceUrl: 'http://x', teamId: 't', channelName: 'General' }, now);
    assert.deepEqual(store.channelsOfTeam('t').map((c) => c.channelName), ['General', 'TryggEst']);
  });

  it('applies its migrations once even when opened twice on one database', () => {
    const db = openDatabase(':memory:');
    const count = () => (db.prepare("SELECT COUNT(*) AS n FROM schema_migrations WHERE module = 'conversations'").get() as { n: number }).n;
    new SqliteConversationStore(db);
    const first = count();
    new SqliteConversationStore(db);
    assert.ok(first > 0);
    assert.equal(count(), first);
  });
});
