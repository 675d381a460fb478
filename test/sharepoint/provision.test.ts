import assert from 'node:assert/strict';
import { GraphEmulator } from '../graph-emulator';
import { createGraphClient, type GraphConnection } from '../../src/sharepoint/graph-client';
import { provisionSharePoint } from '../../src/sharepoint/provision';
import { MEASURES_LIST, STATUS_LOG_LIST } from '../../src/sharepoint/columns';
import { MEASURE_STATUSES } from '../../src/plan/types';
import { measure, testPlan } from '../measures/fixtures';
import { SITE } from './harness';
import { runProvision } from '../../src/cli/provision-sharepoint';

describe('provisionSharePoint', () => {
  let emulator: GraphEmulator;
  let graph: GraphConnection;
  beforeEach(async () => {
    emulator = await GraphEmulator.start();
    graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
  });
  afterEach(async () => emulator.close());

  it('creates the Measures, StatusLog, Goals and Wheel lists with typed columns and imports the measures', async () => {
    const report = await provisionSharePoint(graph, { siteId: SITE, measures: testPlan().measures });
    assert.deepEqual(report.lists.map((l) => [l.displayName, l.created]), [['Measures', true], ['StatusLog', true], ['Goals', true], ['Wheel', true]]);
    assert.equal(report.measuresImported.length, 7);
    const measures = emulator.store.list(SITE, 'Measures')!;
    const col = (name: string) => measures.columns.find((c) => c.name === name)!;
    assert.deepEqual(col('Status').choice, { choices: [...MEASURE_STATUSES], displayAs: 'dropDownMenu' });
    assert.deepEqual(col('Deadline').dateTime, { format: 'dateOnly', displayAs: 'standard' });
    assert.equal(col('MeasureId').indexed, true);
    const first = measures.items[0]!.fields;
    assert.deepEqual([first.Title, first.MeasureId, first.Status, first.Deadline], ['Tiltak 1.1', '1.1', 'Ikke startet', '2026-01-30T23:00:00Z']);
  });

  it('provisioning twice gives the same lists, no duplicate columns or items, and keeps statuses', async () => {
    await provisionSharePoint(graph, { siteId: SITE, measures: testPlan().measures });
    const item = emulator.store.list(SITE, 'Measures')!.items[0]!;
    emulator.store.updateFields(item, { Status: 'Fullført' }, new Date().toISOString());
    const plan = testPlan();
    plan.measures.push(measure('3.1'));
    const again = await provisionSharePoint(graph, { siteId: SITE, measures: plan.measures });
    assert.deepEqual(again.lists.map((l) => [l.created, l.columnsAdded]), [[false, []], [false, []], [false, []], [false, []]]);
    assert.deepEqual(again.measuresImported, ['3.1']);
    assert.equal(again.measuresKept, 7);
    assert.equal(emulator.store.lists(SITE).length, 4);
    const measures = emulator.store.list(SITE, 'Measures')!;
    assert.equal(measures.columns.length, MEASURES_LIST.columns.length + 1); // + Title
    assert.equal(emulator.store.list(SITE, 'StatusLog')!.columns.length, STATUS_LOG_LIST.columns.length + 1);
    assert.equal(measures.items.length, 8);
    assert.equal(measures.items[0]!.fields.Status, 'Fullført');
  });

  it('adds a column that is missing from an existing list', async () => {
    await provisionSharePoint(graph, { siteId: SITE, measures: [] });
    const list = emulator.store.list(SITE, 'Measures')!;
    list.columns = list.columns.filter((c) => c.name !== 'Deadline');
    const report = await provisionSharePoint(graph, { siteId: SITE, measures: [] });
    assert.deepEqual(report.lists[0]!.columnsAdded, ['Deadline']);
  });

  it('a refused site is a ProvisionError naming the step', async () => {
    const bad = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: 'wrong' });
    await assert.rejects(provisionSharePoint(bad, { siteId: SITE, measures: [] }), {
      name: 'ProvisionError',
      message: /^finding list Measures: HTTP 401 InvalidAuthenticationToken/,
    });
  });
});

describe('provisionSharePoint with Sites.Selected write (Contribute)', () => {
  let emulator: GraphEmulator;
  let graph: GraphConnection;
  beforeEach(async () => {
    emulator = await GraphEmulator.start({ permission: 'write' });
    graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
  });
  afterEach(async () => emulator.close());

  it('cannot create the lists, and says to PATCH the permission to manage', async () => {
    await assert.rejects(provisionSharePoint(graph, { siteId: SITE, measures: testPlan().measures }), {
      name: 'ProvisionError',
      message: /^creating list Measures: HTTP 403 accessDenied: Access denied\. .*rollen «write» holder ikke, den trenger «manage»\. Gi den med PATCH https:\/\/graph\.microsoft\.com\/v1\.0\/sites\/contoso\.sharepoint\.com,site-guid,web-guid\/permissions\/<permission id> og \{"roles":\["manage"\]\}/,
    });
    assert.equal(emulator.store.lists(SITE).length, 0);
  });

  it('with manage it adds the column an older release lacks, and keeps every item', async () => {
    emulator.setPermission('manage');
    await provisionSharePoint(graph, { siteId: SITE, measures: testPlan().measures });
    emulator.store.dropColumn(emulator.store.list(SITE, 'Measures')!, 'DecisionId');
    emulator.setPermission('write');
    await assert.rejects(provisionSharePoint(graph, { siteId: SITE, measures: testPlan().measures }), {
      name: 'ProvisionError', message: /^adding column DecisionId to Measures: HTTP 403 .*«manage»/,
    });
    emulator.setPermission('manage');
    const report = await provisionSharePoint(graph, { siteId: SITE, measures: testPlan().measures });
    assert.deepEqual(report.lists[0]!.columnsAdded, ['DecisionId']);
    assert.equal(emulator.store.list(SITE, 'Measures')!.items.length, 7);
  });
});

describe('provision-sharepoint command', () => {
  it('provisions the plan file into the site named by env, and says so in Norwegian', async () => {
    const emulator = await GraphEmulator.start();
    try {
      const env = { GRAPH_BASE_URL: emulator.baseUrl, GRAPH_STATIC_TOKEN: emulator.token, SHAREPOINT_SITE_ID: SITE };
      const out: string[] = [];
      assert.equal(await runProvision(env, (t) => out.push(t)), 0);
      assert.deepEqual(out.slice(0, 4), ['Measures: opprettet', 'StatusLog: opprettet', 'Goals: opprettet', 'Wheel: opprettet']);
      assert.match(out[5]!, /^Delmål importert: 4; årshjul-aktiviteter importert: 15$/);
      const again: string[] = [];
      assert.equal(await runProvision(env, (t) => again.push(t)), 0);
      assert.deepEqual(again.slice(0, 4), ['Measures: fantes', 'StatusLog: fantes', 'Goals: fantes', 'Wheel: fantes']);
      assert.match(again[4]!, /^Tiltak importert: 0; uendret: \d+$/);
      assert.equal(again[5], 'Delmål importert: 0; årshjul-aktiviteter importert: 0');
    } finally {
      await emulator.close();
    }
  });

  it('without SHAREPOINT_SITE_ID it explains what to set and exits 2', async () => {
    const out: string[] = [];
    assert.equal(await runProvision({}, (t) => out.push(t)), 2);
    assert.match(out[0]!, /^SHAREPOINT_SITE_ID mangler/);
  });
});
