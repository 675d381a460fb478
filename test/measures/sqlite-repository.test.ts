import assert from 'node:assert/strict';
import { openDatabase } from '../../src/storage/database';
import { SqliteMeasureRepository } from '../../src/measures/sqlite-repository';
import { measureRepositoryContract } from './repository-contract';
import { measure, testPlan } from './fixtures';

measureRepositoryContract('SQLite', async (measures) => {
  const db = openDatabase(':memory:');
  const repo = new SqliteMeasureRepository(db);
  repo.seedFromPlan({ measures });
  return {
    repo,
    async editStatus(id, status) {
      const row = db.prepare('SELECT data FROM measures WHERE id = ?').get(id) as { data: string };
      const data = { ...JSON.parse(row.data), status };
      db.prepare('UPDATE measures SET data = ?, version = version + 1 WHERE id = ?').run(JSON.stringify(data), id);
    },
    async close() {
      db.close();
    },
  };
});

describe('SqliteMeasureRepository.seedFromPlan', () => {
  it('seeding again adds only missing measures and never overwrites a status', async () => {
    const db = openDatabase(':memory:');
    const repo = new SqliteMeasureRepository(db);
    assert.equal(repo.seedFromPlan(testPlan()), 7);
    const v = (await repo.get('1.1'))!.version;
    await repo.applyStatus('1.1', {
      decisionId: 'd-1', fromStatus: 'Ikke startet', toStatus: 'Fullført', updatedBy: 'Ola', updatedAt: 'a', approvedBy: 'Kari', approvedAt: 'b',
    }, v);
    const plan = testPlan();
    plan.measures.push(measure('3.1'));
    assert.equal(repo.seedFromPlan(plan), 1);
    assert.equal((await repo.get('1.1'))!.measure.status, 'Fullført');
    assert.equal((await repo.list()).length, 8);
  });
});
