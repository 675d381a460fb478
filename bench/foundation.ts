/**
 * Foundation benchmark: cold start to the first healthy /healthz, and message-turn latency
 * (POST /api/messages → reply received by the recording connector) for our bot and for a bare
 * Teams SDK echo app built here, in the same run, so the ratio shows our overhead.
 *
 * Both servers run side by side and are measured in alternating blocks of 100 turns (ours,
 * echo, ours, …): on a shared machine the load drifts over a run, and measuring one bot after
 * the other would charge the drift to whichever came second. Every turn is a new conversation, so ours always
 * stores a new conversation reference, its most expensive turn.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import { Logger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { startService } from '../src/service';
import { RecordingConnector } from '../test/support/recording-connector';
import { personalMessage } from '../test/support/activities';
import { median, percentile, round } from './stats';

const ROOT = path.resolve(__dirname, '..');
const quiet = new Logger('bench', 'error', () => {});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `npm run start:bot`'s command until /healthz answers 200. */
async function coldStartMs(): Promise<number> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-'));
  const started = performance.now();
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'error', APP_ENV: 'none' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return performance.now() - started;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** Every turn gets a conversation never seen before. */
let conversations = 0;

/** Sends `turns` messages at the given concurrency; returns per-turn latencies in ms. */
async function turnLatencies(botUrl: string, connector: RecordingConnector, turns: number, concurrency: number, text: string): Promise<number[]> {
  const pending = new Map<string, () => void>();
  connector.onRecorded = (rec) => pending.get(rec.conversationId)?.();
  const latencies: number[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < turns) {
      next++;
      const activity = personalMessage(connector.url, text);
      const conversationId = `a:bench-${conversations++}`;
      activity.conversation.id = conversationId;
      const replied = new Promise<void>((r) => pending.set(conversationId, r));
      const t0 = performance.now();
      const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      await res.arrayBuffer();
      await replied;
      latencies.push(performance.now() - t0);
      pending.delete(conversationId);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  connector.sent.length = 0;
  return latencies;
}

async function echoApp(port: number): Promise<() => Promise<void>> {
  const adapter = new ExpressAdapter(undefined, { logger: quiet });
  const app = new App({ logger: quiet, httpServerAdapter: adapter, dangerouslyAllowUnauthenticatedRequests: true });
  app.on('message', async ({ send, activity }) => {
    await send(activity.text ?? '');
  });
  await app.initialize();
  await adapter.start(port);
  return () => adapter.stop();
}

export async function benchFoundation(turns = 4000, concurrency = 8, blocks = 40): Promise<Record<string, number>> {
  const cold = [await coldStartMs(), await coldStartMs(), await coldStartMs()];
  const connector = new RecordingConnector();
  await connector.start();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-'));
  const service = await startService(loadConfig({ PORT: '0', DATA_DIR: dataDir }), quiet);
  const ours = `http://127.0.0.1:${service.port}`;
  const echoPort = await freePort();
  const stopEcho = await echoApp(echoPort);
  const echo = `http://127.0.0.1:${echoPort}`;

  await turnLatencies(ours, connector, 200, concurrency, 'hjelp'); // warm-up
  await turnLatencies(echo, connector, 200, concurrency, 'hjelp');
  const oursLat: number[] = [];
  const echoLat: number[] = [];
  for (let b = 0; b < blocks; b++) {
    oursLat.push(...(await turnLatencies(ours, connector, turns / blocks, concurrency, 'hjelp')));
    echoLat.push(...(await turnLatencies(echo, connector, turns / blocks, concurrency, 'hjelp')));
  }
  await service.stop();
  await stopEcho();
  await connector.stop();

  const p50 = percentile(oursLat, 50);
  const p99 = percentile(oursLat, 99);
  const e50 = percentile(echoLat, 50);
  const e99 = percentile(echoLat, 99);
  return {
    'cold start to healthy /healthz (ms, median of 3)': round(median(cold), 0),
    'turn p50 ms (ours)': round(p50),
    'turn p99 ms (ours)': round(p99),
    'turn p50 ms (bare SDK echo)': round(e50),
    'turn p99 ms (bare SDK echo)': round(e99),
    'ratio p50 ours/echo': round(p50 / e50),
    'ratio p99 ours/echo': round(p99 / e99),
  };
}
