/**
 * Foundation benchmark: cold start to the first healthy /healthz, and message-turn latency
 * (POST /api/messages → reply received by the recording connector) for our bot and for a bare
 * Teams SDK echo app built here, in the same run, so the ratio shows our overhead.
 *
 * Both servers run side by side and are measured in alternating blocks of 25 turns (ours,
 * echo, ours, …): on a shared machine the load drifts over a run, and measuring one bot after
 * the other would charge the drift to whichever came second. Turns come from 200 personal chats
 * the bot already knows, as after install: staff asking again. The first message of a chat never
 * seen (ours then stores its reference) is measured apart, in two longer blocks each.
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

/** Which conversation the n-th turn of a run comes from. */
type Conversations = (n: number) => string;

/** Staff asking again in chats the bot already knows (as after install): the common turn. */
const KNOWN_CHATS = 200;
const known: Conversations = (n) => `a:bench-known-${n % KNOWN_CHATS}`;
/** The first message of a chat the bot has never seen: it must store a new reference. */
let fresh = 0;
const unseen: Conversations = () => `a:bench-new-${fresh++}`;

/** Sends `turns` messages at the given concurrency; returns per-turn latencies in ms. */
async function turnLatencies(botUrl: string, connector: RecordingConnector, turns: number, concurrency: number, conversation: Conversations): Promise<number[]> {
  const pending = new Map<string, () => void>();
  connector.onRecorded = (rec) => pending.get(rec.conversationId)?.();
  const latencies: number[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < turns) {
      const activity = personalMessage(connector.url, 'hjelp');
      const conversationId = conversation(next++);
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

/**
 * Ours and echo in alternating blocks. `settle` runs after each of our blocks, so our work
 * deferred past a block (writing new conversation references) never lands in echo's block.
 */
async function alternating(urls: { ours: string; echo: string }, connector: RecordingConnector, turns: number, blocks: number, conversations: Conversations, settle: () => void) {
  const ours: number[] = [];
  const echo: number[] = [];
  for (let b = 0; b < blocks; b++) {
    ours.push(...(await turnLatencies(urls.ours, connector, turns / blocks, CONCURRENCY, conversations)));
    settle();
    echo.push(...(await turnLatencies(urls.echo, connector, turns / blocks, CONCURRENCY, conversations)));
  }
  return { ours, echo };
}

const CONCURRENCY = 8;

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

export async function benchFoundation(turns = 4000): Promise<Record<string, number>> {
  const cold = [await coldStartMs(), await coldStartMs(), await coldStartMs()];
  const connector = new RecordingConnector();
  await connector.start();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-'));
  const service = await startService({ ...loadConfig({ DATA_DIR: dataDir }), port: 0 }, quiet);
  await service.documentsLoaded();
  const echoPort = await freePort();
  const stopEcho = await echoApp(echoPort);
  const urls = { ours: `http://127.0.0.1:${service.port}`, echo: `http://127.0.0.1:${echoPort}` };
  const settle = () => service.state.conversations.flush?.();

  await alternating(urls, connector, 2 * KNOWN_CHATS, 1, known, settle); // warm-up; every known chat seen once
  const turn = await alternating(urls, connector, turns, turns / 25, known, settle);
  const first = await alternating(urls, connector, turns / 4, 2, unseen, settle);
  await service.stop();
  await stopEcho();
  await connector.stop();

  const ratio = (a: number[], b: number[], p: number) => round(percentile(a, p) / percentile(b, p));
  return {
    'cold start to healthy /healthz (ms, median of 3)': round(median(cold), 0),
    'turn p50 ms (ours)': round(percentile(turn.ours, 50)),
    'turn p99 ms (ours)': round(percentile(turn.ours, 99)),
    'turn p50 ms (bare SDK echo)': round(percentile(turn.echo, 50)),
    'turn p99 ms (bare SDK echo)': round(percentile(turn.echo, 99)),
    'ratio p50 ours/echo': ratio(turn.ours, turn.echo, 50),
    'ratio p99 ours/echo': ratio(turn.ours, turn.echo, 99),
    'first message of a new chat: ratio p50 ours/echo': ratio(first.ours, first.echo, 50),
    'first message of a new chat: ratio p99 ours/echo': ratio(first.ours, first.echo, 99),
  };
}
