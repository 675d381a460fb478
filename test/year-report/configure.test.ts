import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config';
import { createYearReports } from '../../src/year-report/configure';
import { recordingLogger, testPlan } from '../measures/fixtures';

describe('where reports are saved, from config', () => {
  const sources = () => ({
    plan: testPlan(),
    repo: { list: async () => testPlan().measures },
    ledger: { recentDecisions: async () => [], proposal: async () => undefined },
    reminders: { doneOf: async () => undefined },
    clock: new ManualClock('2026-11-23T08:00:00Z'),
    log: recordingLogger().log,
    baseUrl: () => 'http://127.0.0.1:3978',
  });

  it('local mode without a site serves reports itself, on one GET route', () => {
    const r = createYearReports(loadConfig({ DATA_DIR: '/tmp/vinr-unused' }), sources());
    assert.deepEqual(r.getRoutes.map((g) => g.path), ['/api/reports/:id']);
  });

  it('with a site, reports go to SharePoint and the bot serves none', () => {
    const config = loadConfig({ SHAREPOINT_SITE_ID: 'site', GRAPH_STATIC_TOKEN: 't', GRAPH_BASE_URL: 'http://127.0.0.1:9/v1.0' });
    assert.deepEqual(createYearReports(config, sources()).getRoutes, []);
  });

  it('tenant mode without a site says in Norwegian that SharePoint is not set up, and serves nothing', async () => {
    const config = loadConfig({ CLIENT_ID: 'c', CLIENT_SECRET: 's', TENANT_ID: '00000000-0000-0000-0000-000000000001' });
    const r = createYearReports(config, sources());
    assert.deepEqual(r.getRoutes, []);
    assert.deepEqual(await r.save(2026), { kind: 'failed', message: 'Rapporten kan ikke lagres: SharePoint er ikke satt opp for assistenten (SHAREPOINT_SITE_ID). Be IT om å sette det opp.' });
  });
});
