import assert from 'node:assert/strict';
import { openDatabase } from '../../src/storage/database';
import { SqliteConversationStore } from '../../src/storage/conversation-store';
import { forEachBackend } from '../support/state-backends';

forEachBackend('ConversationStore contract', (backend) => {
  const now = new Date('2026-11-23T08:00:00Z');
  const make = async () => (await backend().open()).conversations;

  it('finds a personal chat by the user\'s object id', async () => {
    const store = await make();
    await store.upsert({ conversationId: 'a:1', kind: 'personal', serviceUrl: 'http://x', userAadObjectId: 'u1', userId: '29:1' }, now);
    assert.equal((await store.personalChatOf('u1'))?.conversationId, 'a:1');
    assert.equal((await store.personalChatOf('u1'))?.userId, '29:1');
    assert.equal(await store.personalChatOf('u2'), undefined);
  });

  it('keeps known fields when a later upsert lacks them', async () => {
    const store = await make();
    await store.upsert({ conversationId: 'c1', kind: 'channel', serviceUrl: 'http://x', teamId: 't', channelName: 'TryggEst' }, now);
    await store.upsert({ conversationId: 'c1', kind: 'channel', serviceUrl: 'http://y' }, now);
    const ref = await store.get('c1');
    assert.equal(ref?.channelName, 'TryggEst');
    assert.equal(ref?.teamId, 't');
    assert.equal(ref?.serviceUrl, 'http://y');
    assert.equal(await store.get('c9'), undefined);
  });

  it('marks a conversation gone and revives it on a new install', async () => {
    const store = await make();
    const ref = { conversationId: 'a:1', kind: 'personal' as const, serviceUrl: 'http://x', userAadObjectId: 'u1' };
    await store.upsert(ref, now);
    await store.markGone('a:1', now);
    assert.equal(await store.personalChatOf('u1'), undefined);
    assert.equal((await store.get('a:1'))?.goneAt, now.toISOString());
    await store.upsert(ref, now);
    assert.equal((await store.personalChatOf('u1'))?.goneAt, undefined);
  });

  it('lists the channels of a team by name', async () => {
    const store = await make();
    await store.upsert({ conversationId: 'c2', kind: 'channel', serviceUrl: 'http://x', teamId: 't', channelName: 'TryggEst' }, now);
    await store.upsert({ conversationId: 'c1', kind: 'channel', serviceUrl: 'http://x', teamId: 't', channelName: 'General' }, now);
    await store.upsert({ conversationId: 'c3', kind: 'channel', serviceUrl: 'http://x', teamId: 'other', channelName: 'General' }, now);
    assert.deepEqual((await store.channelsOfTeam('t')).map((c) => c.channelName), ['General', 'TryggEst']);
  });

  it('keeps ids with characters a table key may not hold', async () => {
    const store = await make();
    const id = '19:abc/def#g?h\\i@thread.tacv2;messageid=1';
    await store.upsert({ conversationId: id, kind: 'channel', serviceUrl: 'http://x', teamId: 't/1' }, now);
    assert.equal((await store.get(id))?.conversationId, id);
    assert.deepEqual((await store.channelsOfTeam('t/1')).map((c) => c.conversationId), [id]);
  });

  it('what one instance writes, another reads', async () => {
    const a = (await backend().open('shared')).conversations;
    const b = (await backend().open('shared')).conversations;
    await a.upsert({ conversationId: 'a:1', kind: 'personal', serviceUrl: 'http://x', userAadObjectId: 'u1' }, now);
    assert.equal((await b.personalChatOf('u1'))?.conversationId, 'a:1');
  });
});

describe('SqliteConversationStore', () => {
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

describe('SqliteConversationStore, lazy upserts', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  it('a lazy upsert (every message) skips an unchanged reference, yet every read sees what was queued', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteConversationStore(db);
    const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const ref = { conversationId: 'a:1', kind: 'personal' as const, serviceUrl: 'http://x', userAadObjectId: 'u1' };
    await store.upsert(ref, now, { lazy: true });
    assert.equal((await store.personalChatOf('u1'))?.conversationId, 'a:1', 'read right after the queued write');
    const written = changes();
    await store.upsert(ref, now, { lazy: true });
    await store.upsert(ref, now, { lazy: true });
    store.flush();
    assert.equal(changes(), written, 'unchanged: not written again');
    await store.upsert({ ...ref, serviceUrl: 'http://y' }, now, { lazy: true });
    assert.equal((await store.get('a:1'))?.serviceUrl, 'http://y');
    await store.markGone('a:1', now);
    await store.upsert(ref, now, { lazy: true });
    assert.equal((await store.personalChatOf('u1'))?.serviceUrl, 'http://x', 'a message revives a chat marked gone');
  });});
