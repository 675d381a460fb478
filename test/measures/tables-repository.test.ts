import assert from 'node:assert/strict';
import { TablesMeasureRepository } from '../../src/measures/tables-repository';
import { TableStorage } from '../../src/storage/tables';
import { tablesState } from '../../src/storage/state';
import { sharedAzurite, uniquePrefix } from '../support/azurite';
import { measureRepositoryContract } from './repository-contract';
import { measure, testPlan } from './fixtures';

async function repository(): Promise<{ repo: TablesMeasureRepository; storage: TableStorage }> {
  const storage = new TableStorage({ connectionString: (await sharedAzurite()).connectionString, prefix: uniquePrefix() });
  await tablesState(storage);
  return { repo: new TablesMeasureRepository(storage), storage };
}

measureRepositoryContract('Azure Table Storage (Azurite)', async (measures) => {
  const { repo, storage } = await repository();
  await repo.seedFromPlan({ measures });
  return {
    repo,
    async editStatus(id, status) {
      const current = (await repo.get(id))!;
      await storage.table('Measures').updateEntity(
        { partitionKey: 'measure', rowKey: id, data: JSON.stringify({ ...current.measure, status }) }, 'Merge', { etag: current.version },
      );
    },
    async close() {},
  };
});

describe('TablesMeasureRepository.seedFromPlan', function () {
  this.timeout(20_000);
  it('seeding again adds only missing measures and never overwrites a status', async () => {
    const { repo } = await repository();
    assert.equal(await repo.seedFromPlan(testPlan()), 7);
    const v = (await repo.get('1.1'))!.version;
    await repo.applyStatus('1.1', {
      decisionId: 'd-1', fromStatus: 'Ikke startet', toStatus: 'Fullført', updatedBy: 'Ola', updatedAt: 'a', approvedBy: 'Kari', approvedAt: 'b',
    }, v);
    const plan = testPlan();
    plan.measures.push(measure('3.1'));
    assert.equal(await repo.seedFromPlan(plan), 1);
    assert.equal((await repo.get('1.1'))!.measure.status, 'Fullført');
    assert.equal((await repo.list()).length, 8);
  });
});
