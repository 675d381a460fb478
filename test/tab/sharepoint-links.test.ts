import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { SqliteDecisionLedger } from '../../src/measures/ledger';
import { openDatabase } from '../../src/storage/database';
import { MeasureLinks } from '../../src/tab/sharepoint-links';
import { statusData } from '../../src/tab/status-data';
import { measure, recordingLogger, testPlan } from '../measures/fixtures';
import { SITE, sharePointHarness, type SharePointHarness } from '../sharepoint/harness';

describe('tab links to the SharePoint items (Graph emulator)', () => {
  let h: SharePointHarness;
  const clock = new ManualClock('2026-11-23T08:00:00Z');
  beforeEach(async () => {
    h = await sharePointHarness([measure('1.1'), measure('1.2'), measure('2.1')]);
  });
  afterEach(() => h.close());

  const links = (log = recordingLogger().log) => new MeasureLinks(h.graph, { siteId: SITE, retry: { sleep: async () => {}, random: () => 0.5 } }, clock, log);

  it('links each measure to its item\'s form, DispForm.aspx?ID=<item id>, through every page of the list', async () => {
    const got = await links().get();
    const list = h.emulator.store.list(SITE, 'Measures')!;
    assert.equal(got.size, 3);
    for (const item of list.items) {
      assert.equal(got.get(String(item.fields.MeasureId)), `https://emulator.sharepoint.local/sites/${encodeURIComponent(SITE)}/Lists/Measures/DispForm.aspx?ID=${item.id}`);
    }
  });

  it('reads the list once per five minutes, and keeps the last links when a read fails', async () => {
    const l = links();
    const first = await l.get();
    const reads = h.emulator.requests.length;
    await l.get();
    assert.equal(h.emulator.requests.length, reads, 'served from memory');
    clock.advance(5 * 60_000);
    h.emulator.failNext('GET', 500, { pathIncludes: '/items' });
    h.emulator.failNext('GET', 500, { pathIncludes: '/items' });
    assert.deepEqual(await l.get(), first);
    assert.ok(h.emulator.requests.length > reads, 'tried again after five minutes');
  });

  it('gives no links, and a warning, when the list cannot be read at all; the page still has its data', async () => {
    const { log, lines } = recordingLogger();
    await h.emulator.down('503');
    const l = links(log);
    const data = await statusData({ plan: testPlan(), repo: { list: async () => testPlan().measures }, ledger: new SqliteDecisionLedger(openDatabase(':memory:')), links: () => l.get() }, {}, clock.now());
    assert.equal(data.measures.length, 7);
    assert.ok(data.measures.every((m) => m.link === undefined));
    assert.equal(data.source, 'sharepoint');
    assert.ok(lines.some((x) => /links to the SharePoint items not read/.test(x)));
  });

  it('puts the link on each measure of the Status data', async () => {
    const l = links();
    const plan = { ...testPlan(), measures: [measure('1.1'), measure('1.2'), measure('2.1')] };
    const data = await statusData({ plan, repo: h.repo, ledger: new SqliteDecisionLedger(openDatabase(':memory:')), links: () => l.get() }, {}, clock.now());
    assert.deepEqual(data.measures.map((m) => [m.id, /DispForm\.aspx\?ID=\d+$/.test(m.link ?? '')]), [['1.1', true], ['1.2', true], ['2.1', true]]);
  });
});
