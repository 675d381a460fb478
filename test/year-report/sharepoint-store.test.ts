import assert from 'node:assert/strict';
import { createGraphClient } from '../../src/sharepoint/graph-client';
import { SharePointReportStore } from '../../src/year-report/sharepoint-store';
import { DriveEmulator } from '../graph-emulator/drive-emulator';
import { recordingLogger } from '../measures/fixtures';

const SITE = 'eksempel.sharepoint.com,site-guid,web-guid';
const NAME = 'Statusrapport 2026 – Handlingsplan mot vold i nære relasjoner.docx';

describe('saving the yearly report in the plan\'s SharePoint library (Graph emulator)', () => {
  let emulator: DriveEmulator;
  let waits: number[];

  function store(options: { driveId?: string; maxAttempts?: number } = {}) {
    const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
    return new SharePointReportStore({
      graph, siteId: SITE, log: recordingLogger().log,
      ...(options.driveId ? { driveId: options.driveId } : {}),
      // The retry waits are recorded, never slept: Retry-After is checked, not waited for.
      retry: { sleep: async (ms) => void waits.push(ms), random: () => 0.5, ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}) },
    });
  }
  const writes = () => emulator.requests.filter((r) => r.method !== 'GET');

  beforeEach(async () => {
    emulator = await DriveEmulator.start();
    waits = [];
    emulator.store.putFile('Kunnskap', 'rutine.md', '# Rutine');
  });
  afterEach(async () => emulator.close());

  it('creates the missing "Rapporter" folder at the library root and uploads the file there, linked by its webUrl', async () => {
    const bytes = Buffer.from('PK\u0003\u0004 a word file');
    const r = await store().save(NAME, bytes);
    assert.equal(r.kind, 'saved');
    const node = emulator.store.byPath(`Rapporter/${NAME}`);
    assert.ok(node, 'the file is not in Rapporter');
    assert.deepEqual(node.content, bytes);
    assert.equal(emulator.store.node(node.parentId!)?.parentId, emulator.store.rootId, 'Rapporter is not at the root');
    assert.deepEqual(r.kind === 'saved' && r.report, { url: emulator.store.webUrl(node), name: NAME });
    assert.deepEqual(writes().map((w) => `${w.method} ${w.status}`), ['POST 201', 'PUT 201']);
    // The site's default library, as knowledge sync uses without SHAREPOINT_DRIVE_ID.
    assert.equal(emulator.requestsMatching(`/sites/${encodeURIComponent(SITE)}/drive`).length, 1);
  });

  it('a second report of the same year replaces the first in the existing folder', async () => {
    const s = store({ driveId: emulator.store.driveId });
    await s.save(NAME, Buffer.from('first'));
    await s.save(NAME, Buffer.from('second'));
    assert.deepEqual(emulator.store.byPath(`Rapporter/${NAME}`)?.content, Buffer.from('second'));
    assert.deepEqual(writes().map((w) => `${w.method} ${w.status}`), ['POST 201', 'PUT 201', 'PUT 200']);
    assert.equal(emulator.requests.filter((q) => q.path.startsWith('/sites/')).length, 0, 'SHAREPOINT_DRIVE_ID was not used');
  });

  it('honours Retry-After on a 429 from the upload, then lands the file', async () => {
    emulator.failNext(429, ':/content', { method: 'PUT', retryAfter: 7 });
    const r = await store().save(NAME, Buffer.from('report'));
    assert.equal(r.kind, 'saved');
    assert.deepEqual(waits, [7000]);
    assert.deepEqual(emulator.requestsMatching(':/content').map((q) => q.status), [429, 201]);
    assert.deepEqual(emulator.store.byPath(`Rapporter/${NAME}`)?.content, Buffer.from('report'));
  });

  it('when SharePoint keeps throttling, reports "unavailable" and saves nothing', async () => {
    for (let i = 0; i < 3; i++) emulator.failNext(429, ':/content', { method: 'PUT', retryAfter: 1 });
    const r = await store({ maxAttempts: 3 }).save(NAME, Buffer.from('report'));
    assert.deepEqual(r, { kind: 'failed', reason: 'unavailable' });
    assert.equal(emulator.store.byPath(`Rapporter/${NAME}`), undefined);
  });

  it('a file open in SharePoint (423) is reported as locked, without retrying', async () => {
    emulator.failNext(423, ':/content', { method: 'PUT' });
    const r = await store().save(NAME, Buffer.from('report'));
    assert.deepEqual(r, { kind: 'failed', reason: 'locked' });
    assert.deepEqual(waits, []);
  });
});
