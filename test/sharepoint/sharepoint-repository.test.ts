import assert from 'node:assert/strict';
import { measureRepositoryContract } from '../measures/repository-contract';
import { measure } from '../measures/fixtures';
import { sharePointHarness, type SharePointHarness, SITE } from './harness';
import { RepositoryUnavailableError, type StatusChange } from '../../src/measures/types';

measureRepositoryContract('SharePoint over the Graph emulator', (measures) => sharePointHarness(measures));

const change: StatusChange = {
  decisionId: 'd-1', fromStatus: 'Ikke startet', toStatus: 'Fullført', updatedBy: 'Ola Hansen', updatedAt: '2026-03-01T10:00:00.000Z',
  approvedBy: 'Kari Nordmann', approvedAt: '2026-03-02T09:00:00.000Z',
};

describe('SharePointMeasureRepository', () => {
  let h: SharePointHarness;
  afterEach(async () => h.close());

  it('reads twelve items in pages of five by following @odata.nextLink', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `1.${i + 1}`);
    h = await sharePointHarness(ids.map((id) => measure(id)));
    h.emulator.requests.length = 0;
    assert.deepEqual((await h.repo.list()).map((m) => m.id), ids);
    const pages = h.emulator.requestsMatching('GET', '/items');
    assert.equal(pages.length, 3);
    assert.equal(pages[1]!.query.$skiptoken, '5');
  });

  it('writes with PATCH …/fields and If-Match set to the eTag it read', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    assert.match(version, /^"\{[0-9A-F-]{36}\},\d+"$/);
    assert.equal((await h.repo.applyStatus('1.1', change, version)).kind, 'written');
    const [patch] = h.emulator.requestsMatching('PATCH', '/fields');
    assert.equal(patch!.ifMatch, version);
    assert.deepEqual(patch!.body, {
      Status: 'Fullført', StatusComment: null, UpdatedBy: 'Ola Hansen', UpdatedAt: change.updatedAt,
      ApprovedBy: 'Kari Nordmann', ApprovedAt: change.approvedAt, DecisionId: 'd-1',
    });
  });

  it('honours Retry-After on 429, backs off on 503, and writes once', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    h.emulator.failNext('PATCH', 429, { retryAfter: 2 });
    h.emulator.failNext('PATCH', 503);
    assert.equal((await h.repo.applyStatus('1.1', change, version)).kind, 'written');
    assert.deepEqual(h.emulator.requestsMatching('PATCH').map((r) => r.status), [429, 503, 200]);
    assert.deepEqual(h.sleeps, [2000, 750]); // 2 s from Retry-After; then 1000 ms backoff, jittered to 750 by random 0.5
  });

  it('gives up after four attempts and reports throttled with the server’s wait', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    for (let i = 0; i < 4; i++) h.emulator.failNext('PATCH', 429, { retryAfter: 1 });
    assert.deepEqual(await h.repo.applyStatus('1.1', change, version), { kind: 'throttled', retryAfterMs: 1000 });
    assert.equal(h.emulator.requestsMatching('PATCH').length, 4);
  });

  it('a Retry-After longer than we wait inline is handed back at once, for the outbox to schedule', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    h.emulator.failNext('PATCH', 429, { retryAfter: 120 });
    assert.deepEqual(await h.repo.applyStatus('1.1', change, version), { kind: 'throttled', retryAfterMs: 120_000 });
    assert.deepEqual(h.sleeps, []);
  });

  it('after a 412 with the status unchanged, writes again with the fresh eTag', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    const item = h.emulator.store.list('contoso.sharepoint.com,site-guid,web-guid', 'Measures')!.items[0]!;
    h.emulator.store.updateFields(item, { Responsible: 'Barnevernleder' }, new Date().toISOString());
    assert.equal((await h.repo.applyStatus('1.1', change, version)).kind, 'written');
    assert.deepEqual(h.emulator.requestsMatching('PATCH').map((r) => r.status), [412, 200]);
    assert.equal((await h.repo.get('1.1'))!.measure.responsible, 'Barnevernleder');
  });

  it('reads throw RepositoryUnavailableError while SharePoint is down', async () => {
    h = await sharePointHarness([measure('1.1')]);
    await h.emulator.down();
    await assert.rejects(h.repo.get('1.1'), { name: 'RepositoryUnavailableError' });
    assert.equal(h.sleeps.length, 3);
    await h.emulator.up();
    assert.equal((await h.repo.get('1.1'))!.measure.id, '1.1');
    assert.ok(RepositoryUnavailableError);
  });

  it('a write while SharePoint answers 503 to everything is throttled, not lost or thrown', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    await h.emulator.down('503');
    const result = await h.repo.applyStatus('1.1', change, version);
    assert.equal(result.kind, 'throttled');
  });

  it('writes only the columns the list has: a missing one it may not add is left out, not sent', async () => {
    h = await sharePointHarness([measure('1.1')], {}, {}, { permission: 'write' });
    h.emulator.store.dropColumn(h.emulator.store.list(SITE, 'Measures')!, 'ApprovedBy');
    const { version } = (await h.repo.get('1.1'))!;
    assert.equal((await h.repo.applyStatus('1.1', change, version)).kind, 'written');
    assert.deepEqual(h.emulator.requestsMatching('POST', '/columns').map((r) => r.status), [403]);
    const [patch] = h.emulator.requestsMatching('PATCH', '/fields');
    assert.equal('ApprovedBy' in (patch!.body as object), false);
    assert.equal((await h.repo.get('1.1'))!.measure.status, 'Fullført');
  });

  it('a column deleted after the lists were read: the 400 drops it, and the next attempt writes without it', async () => {
    h = await sharePointHarness([measure('1.1'), measure('1.2')]);
    const first = (await h.repo.get('1.1'))!;
    assert.equal((await h.repo.applyStatus('1.1', change, first.version)).kind, 'written');
    h.emulator.store.dropColumn(h.emulator.store.list(SITE, 'Measures')!, 'StatusComment');
    h.emulator.setPermission('write');
    const second = (await h.repo.get('1.2'))!;
    const refused = await h.repo.applyStatus('1.2', { ...change, decisionId: 'd-2' }, second.version);
    assert.deepEqual(refused.kind === 'failed' && [refused.transient, refused.status], [true, 400]);
    assert.equal((await h.repo.applyStatus('1.2', { ...change, decisionId: 'd-2' }, second.version)).kind, 'written');
    assert.equal((await h.repo.get('1.2'))!.measure.decisionId, 'd-2');
  });

  it('without Status on the measures list, a write fails for good and names the list and the column', async () => {
    h = await sharePointHarness([measure('1.1'), measure('1.2')]);
    h.emulator.store.dropColumn(h.emulator.store.list(SITE, 'Measures')!, 'Status');
    const { version } = (await h.repo.get('1.1'))!;
    const r = await h.repo.applyStatus('1.1', change, version);
    assert.equal(r.kind, 'failed');
    assert.equal(r.kind === 'failed' && r.transient, false);
    assert.match(r.kind === 'failed' ? r.error : '', /^SharePoint-listen «Measures» mangler kolonnen «Status»/);
    assert.equal(h.emulator.requestsMatching('PATCH').length, 0);
  });

  it('Status deleted after the lists were read is never dropped: the write fails for good with 400', async () => {
    h = await sharePointHarness([measure('1.1')]);
    const { version } = (await h.repo.get('1.1'))!;
    h.emulator.store.dropColumn(h.emulator.store.list(SITE, 'Measures')!, 'Status');
    const r = await h.repo.applyStatus('1.1', change, version);
    assert.deepEqual(r.kind === 'failed' && [r.transient, r.status, r.error], [false, 400, "HTTP 400 invalidRequest: Field 'Status' is not recognized"]);
  });
});
