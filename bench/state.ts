/**
 * The state backends under load, end to end through real bot processes over HTTP:
 * reminders/s (200 channels × 3 reminders, Teams' rate limits lifted so the state store and
 * the HTTP path are what is measured) and approvals/s (60 approve clicks, 2 in flight per
 * instance, measures kept in the state store itself), for SQLite, and for Azure Table
 * Storage (Azurite) with 1 and with 3 instances. Also the failure window of each reminder:
 * the time from its send intent being stored to its activity id being stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/storage/database';
import { sqliteState, tablesState, type StateStores } from '../src/storage/state';
import { TableStorage } from '../src/storage/tables';
import { USERS, cardAction, personalInstall } from '../test/support/activities';
import { startAzurite, uniquePrefix } from '../test/support/azurite';
import { RecordingConnector } from '../test/support/recording-connector';
import { Cluster, writePlan } from '../test/multi-instance/cluster';
import { percentile, round } from './stats';

const DUE = '2027-02-01T08:00:30Z';
const CHANNELS = 200;
const APPROVALS = 60;
const NO_LIMITS = { overallPerSecond: 100_000, perChannelPerSecond: 100_000, concurrency: 16 };

interface Setup {
  label: string;
  instances: number;
  env: Record<string, string>;
  state: () => Promise<StateStores>;
}

async function post(url: string, activity: unknown): Promise<string> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return res.text();
}

async function seed(state: StateStores, connectorUrl: string): Promise<void> {
  for (let i = 0; i < CHANNELS; i += 20) {
    await Promise.all(Array.from({ length: Math.min(20, CHANNELS - i) }, async (_, k) => {
      const id = `19:bench-${i + k}@thread.tacv2`;
      await state.conversations.upsert({ conversationId: id, kind: 'channel', serviceUrl: connectorUrl, teamId: 'team', channelName: 'General' }, new Date(DUE));
      await state.subscriptions.subscribe(id, 'alle', 'bench', '2027-01-01', new Date(DUE));
    }));
  }
}

/**
 * Each instance also runs its dispatcher on the real clock's minute ('* * * * *'), and the bench
 * clock starts with every reminder due: a minute turning between start and the bench's own run
 * sends them from the schedule, and the run then counts 0. Starting early in a minute leaves the
 * run its own minute (start and run take well under 30 s).
 */
async function earlyInAMinute(): Promise<void> {
  const second = new Date().getSeconds();
  if (second > 20) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
}

async function runSetup(setup: Setup, planFile: string): Promise<{ reminders: number; approvals: number; windowP50: number; windowP99: number }> {
  await earlyInAMinute();
  const connector = new RecordingConnector();
  await connector.start();
  await seed(await setup.state(), connector.url);
  const cluster = await Cluster.start(setup.instances, { PLAN_FILE: planFile, ...setup.env }, DUE, NO_LIMITS);
  try {
    const first = cluster.instances[0]!;
    await post(first.url, personalInstall(connector.url, USERS.kari));

    let started = performance.now();
    const runs = await Promise.all(cluster.instances.map((i) => cluster.dispatch(i)));
    const dispatchSeconds = (performance.now() - started) / 1000;
    const sent = runs.reduce((n, r) => n + (r.sent ?? 0), 0);
    if (sent !== CHANNELS * 3) throw new Error(`${setup.label}: ${sent} reminders sent, expected ${CHANNELS * 3}`);
    const windows = await cluster.windows();

    const ids: string[] = [];
    for (let m = 1; m <= APPROVALS; m++) {
      const card = await post(cluster.instances[m % setup.instances]!.url, cardAction(connector.url, 'measure.propose', { measureId: `M.${m}`, status: 'Pågår' }, USERS.kari));
      const id = /"proposalId":"([^"]+)"/.exec(card)?.[1];
      if (!id) throw new Error(`${setup.label}: no proposal: ${card.slice(0, 200)}`);
      ids.push(id);
    }
    const queue = ids.map((id, n) => ({ id, url: cluster.instances[n % setup.instances]!.url }));
    started = performance.now();
    await Promise.all(Array.from({ length: 2 * setup.instances }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const answer = await post(next.url, cardAction(connector.url, 'measure.approve', { proposalId: next.id }, USERS.kari));
        if (!answer.includes('Godkjent av')) throw new Error(`${setup.label}: not approved: ${answer.slice(0, 200)}`);
      }
    }));
    const approveSeconds = (performance.now() - started) / 1000;
    return {
      reminders: round(sent / dispatchSeconds, 0),
      approvals: round(APPROVALS / approveSeconds, 1),
      windowP50: round(percentile(windows, 50), 1),
      windowP99: round(percentile(windows, 99), 1),
    };
  } finally {
    await cluster.stop();
    await connector.stop();
  }
}

export async function benchState(): Promise<Record<string, number | string>> {
  const azurite = await startAzurite();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-state-'));
  const planFile = writePlan(dir, { measures: APPROVALS, reminders: 3 });
  const tables = (prefix: string): Setup['state'] => () => tablesState(new TableStorage({ connectionString: azurite.connectionString, prefix }));
  const setups: Setup[] = [
    { label: 'SQLite, 1 instance', instances: 1, env: { DATA_DIR: path.join(dir, 'sqlite') }, state: async () => sqliteState(openDatabase(path.join(dir, 'sqlite', 'assistant.db'))) },
    ...[1, 3].map((n) => {
      const prefix = uniquePrefix(`b${n}`);
      return {
        label: `Azurite, ${n} instance${n > 1 ? 's' : ''}`, instances: n, state: tables(prefix),
        env: { STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_TABLE_PREFIX: prefix },
      };
    }),
  ];
  const out: Record<string, number | string> = { channels: CHANNELS, 'reminders per run': CHANNELS * 3, 'approve clicks': APPROVALS };
  try {
    for (const setup of setups) {
      const r = await runSetup(setup, planFile);
      out[`reminders/s (${setup.label})`] = r.reminders;
      out[`approvals/s (${setup.label})`] = r.approvals;
      out[`failure window p50 / p99 ms (${setup.label})`] = `${r.windowP50} / ${r.windowP99}`;
    }
  } finally {
    await azurite.stop();
  }
  return out;
}
