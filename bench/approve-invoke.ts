/**
 * Approve invokes end to end: HTTP POST of an adaptiveCard/action invoke to the running bot →
 * StatusService → SharePoint adapter → real Graph client → local Graph emulator (no throttling),
 * with approval cards sent to a recording connector. Measures what a coordinator's click costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { loadPlan } from '../src/plan/load';
import { createGraphClient } from '../src/sharepoint/graph-client';
import { provisionSharePoint } from '../src/sharepoint/provision';
import { startService } from '../src/service';
import { GraphEmulator } from '../test/graph-emulator';
import { USERS, cardAction, personalInstall } from '../test/support/activities';
import { RecordingConnector } from '../test/support/recording-connector';
import { percentile, round } from './stats';

const SITE = 'bench.sharepoint.com,site,web';

async function invoke(url: string, activity: unknown): Promise<string> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return res.text();
}

export async function benchApproveInvokes(rounds = 150): Promise<Record<string, number>> {
  const emulator = await GraphEmulator.start();
  const connector = new RecordingConnector();
  await connector.start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: emulator.baseUrl, GRAPH_STATIC_TOKEN: emulator.token }), port: 0 };
  const plan = loadPlan(config.planFile);
  await provisionSharePoint(createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token }), { siteId: SITE, measures: plan.measures });
  const service = await startService(config, new Logger('bench', 'error', () => {}));
  const url = `http://127.0.0.1:${service.port}`;
  try {
    await invoke(url, personalInstall(connector.url, USERS.kari));
    const statuses = ['Pågår', 'Forsinket'];
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < rounds; i++) {
      const measure = plan.measures[i % plan.measures.length]!;
      const status = statuses[Math.floor(i / plan.measures.length) % 2]!;
      const proposed = await invoke(url, cardAction(connector.url, 'measure.propose', { measureId: measure.id, status }, USERS.kari));
      const proposalId = /"proposalId":"([^"]+)"/.exec(proposed)?.[1];
      if (!proposalId) throw new Error(`no proposal: ${proposed.slice(0, 200)}`);
      const t0 = performance.now();
      const approved = await invoke(url, cardAction(connector.url, 'measure.approve', { proposalId }, USERS.kari));
      times.push(performance.now() - t0);
      if (!approved.includes('Godkjent av')) throw new Error(`not approved: ${approved.slice(0, 200)}`);
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      'propose+approve rounds per second (HTTP, emulator)': round(rounds / seconds, 1),
      'approve invoke p50 ms': round(percentile(times, 50)),
      'approve invoke p99 ms': round(percentile(times, 99)),
    };
  } finally {
    await service.stop();
    await connector.stop();
    await emulator.close();
  }
}
