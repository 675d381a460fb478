import assert from 'node:assert/strict';
import { openDatabase } from '../../src/storage/database';
import { SqliteProblemCardStore } from '../../src/storage/problem-cards';
import { TablesProblemCardStore } from '../../src/storage/tables-stores';
import { TableStorage, tableKey } from '../../src/storage/tables';
import { sharedAzurite, uniquePrefix } from '../support/azurite';

const OLD = { conversationId: 'a:kari', activityId: 'a1', keys: ['k1'], updatedAt: '2026-11-23T08:00:00.000Z' };

/** A release before keyed the record by the coordinator's chat, with no chat of its own: it still reads. */
describe('a plan-problem record from the release before', () => {
  it('SQLite: a row without a chat reads with its key as the chat', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteProblemCardStore(db);
    db.prepare("INSERT INTO plan_problem_cards (conversation_id, activity_id, problem_keys, updated_at) VALUES ('a:kari', 'a1', '[\"k1\"]', ?)").run(OLD.updatedAt);
    assert.deepEqual((await store.get('a:kari'))?.record, OLD);
    db.close();
  });

  it('Azure Table Storage: an entity without a conversationId reads with its key as the chat', async function () {
    this.timeout(20_000);
    const storage = new TableStorage({ connectionString: (await sharedAzurite()).connectionString, prefix: uniquePrefix('cards') });
    await storage.ensureTables();
    await storage.table('ProblemCards').createEntity({ partitionKey: tableKey('a:kari'), rowKey: 'card', activityId: 'a1', keys: '["k1"]', updatedAt: OLD.updatedAt });
    assert.deepEqual((await new TablesProblemCardStore(storage).get('a:kari'))?.record, OLD);
  });
});
