import assert from 'node:assert/strict';
import { SqliteDecisionLedger } from '../../src/measures/ledger';
import { planDecision } from '../../src/measures/decision';
import { SqliteMeasureRepository } from '../../src/measures/sqlite-repository';
import type { Proposal } from '../../src/measures/types';
import { changeToFields, logToFields } from '../../src/sharepoint/mapping';
import { openDatabase } from '../../src/storage/database';
import { kari, ola, testPlan } from './fixtures';

// Written past the service, as a bug elsewhere could: the stores mask on their own.
const RAW = 'ring 478-09-050 om 010190-10046';

describe('stores mask personal data themselves', () => {
  it('the ledger, the outbox, the SQLite measures and the SharePoint fields never hold it raw', async () => {
    const db = openDatabase(':memory:');
    const ledger = new SqliteDecisionLedger(db);
    const repo = new SqliteMeasureRepository(db);
    repo.seedFromPlan(testPlan());
    const proposal: Proposal = {
      id: 'p1', measureId: '1.1', fromStatus: 'Ikke startet', toStatus: 'Pågår', comment: RAW,
      proposer: ola, createdAt: '2026-03-01T09:00:00.000Z', baseVersion: '1', state: 'pending',
    };
    await ledger.addProposal(proposal);
    const { decision, payload } = planDecision({ ...proposal }, { approve: true, decider: kari }, new Date('2026-03-01T10:00:00Z'), 'd1');
    await ledger.decide({ ...decision, comment: RAW }, { ...payload, log: { ...payload.log, comment: RAW } }, '2026-03-01T10:00:00.000Z');
    await repo.applyStatus('1.1', payload.change!, '1');
    await repo.appendStatusLog({ ...payload.log, comment: RAW });
    const everything = JSON.stringify(['proposals', 'decisions', 'outbox', 'measures', 'status_log'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
    assert.doesNotMatch(everything, /478-09-050|10046/);
    const fields = JSON.stringify([changeToFields(payload.change!), logToFields({ ...payload.log, comment: RAW })]);
    assert.doesNotMatch(fields, /478-09-050|10046/);
    db.close();
  });
});
