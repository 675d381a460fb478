import assert from 'node:assert/strict';
import sinon from 'sinon';
import { readinessHandler } from '../../src/server/readiness';

const request = { query: {}, headers: {} };

describe('readiness (/readyz)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('answers 200 ready with every check by name when all pass', async () => {
    const handler = readinessHandler([
      { name: 'index', check: () => true },
      { name: 'database', check: async () => true },
    ]);
    const res = await handler(request);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ready', checks: { index: true, database: true } });
  });

  it('answers 503 not-ready naming the failing check', async () => {
    const res = await readinessHandler([
      { name: 'index', check: () => true },
      { name: 'graph', check: async () => false },
    ])(request);
    assert.equal(res.status, 503);
    assert.deepEqual(res.body, { status: 'not-ready', checks: { index: true, graph: false } });
  });

  it('counts a thrown or rejected check as not ready instead of failing the probe', async () => {
    const res = await readinessHandler([
      { name: 'database', check: () => { throw new Error('SQLITE_CANTOPEN'); } },
      { name: 'graph', check: () => Promise.reject(new Error('ECONNREFUSED')) },
    ])(request);
    assert.equal(res.status, 503);
    assert.deepEqual(res.body, { status: 'not-ready', checks: { database: false, graph: false } });
  });

  it('counts a check that hangs past the time box as not ready', async () => {
    clock = sinon.useFakeTimers();
    const handler = readinessHandler([
      { name: 'index', check: () => true },
      { name: 'graph', check: () => new Promise<boolean>(() => {}) },
    ], { timeoutMs: 2000 });
    const pending = handler(request);
    await clock.tickAsync(1999);
    let settled = false;
    void pending.then(() => (settled = true));
    await clock.tickAsync(0);
    assert.equal(settled, false, 'answered before the time box ran out');
    await clock.tickAsync(1);
    const res = await pending;
    assert.equal(res.status, 503);
    assert.deepEqual(res.body, { status: 'not-ready', checks: { index: true, graph: false } });
  });

  it('treats truthy non-boolean results as not ready, so a forgotten return cannot pass', async () => {
    const res = await readinessHandler([{ name: 'index', check: () => 'yes' as unknown as boolean }])(request);
    assert.equal(res.status, 503);
  });

  it('refuses two checks with the same name at construction', () => {
    assert.throws(() => readinessHandler([{ name: 'db', check: () => true }, { name: 'db', check: () => true }]), {
      name: 'Error',
      message: 'readiness check "db" is registered twice',
    });
  });

  it('tells caches not to keep the answer', async () => {
    const res = await readinessHandler([])(request);
    assert.equal(res.headers?.['cache-control'], 'no-store');
    assert.equal(res.status, 200);
  });

  it('stays 200 for a check that is ready with a note, and shows the note under details', async () => {
    const res = await readinessHandler([
      { name: 'index', check: () => true },
      { name: 'sharepoint', check: async () => ({ ready: true, detail: 'Measures lacks ApprovedBy: status is written without it' }) },
    ])(request);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      status: 'ready', checks: { index: true, sharepoint: true },
      details: { sharepoint: 'Measures lacks ApprovedBy: status is written without it' },
    });
  });
});
