import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { loadConfig } from '../../src/config';
import { RestifyAdapter } from '../../src/server/restify-adapter';
import { serveTab, type TabFeature } from '../../src/tab';

const tab: TabFeature = { routes: [], isCoordinator: () => false, people: () => ({ defaultUser: undefined, known: [] }) };

async function serve(dist: string) {
  const lines: string[] = [];
  const log = new Logger('test', 'debug', (l) => lines.push(l));
  const adapter = new RestifyAdapter({ host: '127.0.0.1', maxBodyBytes: 1024 * 1024, logger: log });
  serveTab(adapter, tab, loadConfig({}), log, new ManualClock('2026-11-23T08:00:00Z'), dist);
  await adapter.start(0);
  return { adapter, url: `http://127.0.0.1:${adapter.port}`, lines };
}

describe('tab static files', () => {
  let dist: string;
  before(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tab-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Handlingsplan</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  });
  after(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('opens the page at /tab and /tab/ alike, and lets Teams frame it', async () => {
    const s = await serve(dist);
    try {
      for (const p of ['/tab', '/tab/', '/tab/index.html']) {
        const res = await fetch(`${s.url}${p}`);
        assert.equal(res.status, 200, p);
        assert.match(await res.text(), /<title>Handlingsplan<\/title>/);
        assert.equal(res.headers.get('cache-control'), 'no-cache', p);
        assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
      }
    } finally {
      await s.adapter.stop();
    }
  });

  it('keeps hashed assets for a year and answers a missing file with a Norwegian 404', async () => {
    const s = await serve(dist);
    try {
      const asset = await fetch(`${s.url}/tab/assets/index-abc123.js`);
      assert.equal(asset.status, 200);
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      const missing = await fetch(`${s.url}/tab/assets/nope.js`);
      assert.equal(missing.status, 404);
      assert.deepEqual(await missing.json(), { error: 'Fant ikke adressen.' });
      assert.equal((await fetch(`${s.url}/tab/../package.json`)).status, 404);
    } finally {
      await s.adapter.stop();
    }
  });

  it('says how to build the tab when tab/dist is missing, instead of a bare 404', async () => {
    const s = await serve(path.join(dist, 'nothing-here'));
    try {
      for (const p of ['/tab', '/tab/', '/tab/x.js']) {
        const res = await fetch(`${s.url}${p}`);
        assert.equal(res.status, 503, p);
        assert.deepEqual(await res.json(), { error: 'Fanen er ikke bygget. Kjør npm run build:tab (npm install gjør det også).' });
      }
      assert.ok(s.lines.some((l) => /the tab is not built/.test(l)));
    } finally {
      await s.adapter.stop();
    }
  });
});
