import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecordingConnector } from './recording-connector';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { loadConfig } from '../../src/config';
import { startService, type RunningService, type ServiceOptions } from '../../src/service';

/** Lines the service logged during a test, for asserting what is (not) logged. */
export type LogLines = string[];

let dataDir: string | undefined;

/**
 * DATA_DIR for a test that names none: one folder per test process, removed at exit, never the
 * developer's data/runtime (where `npm start` keeps the tab's curated answers and the reports).
 */
function testDataDir(): string {
  if (!dataDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-test-data-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    dataDir = dir;
  }
  return dataDir;
}

/**
 * Starts the real service on an ephemeral port with an in-memory database, and waits for its
 * documents to be indexed unless `waitForDocuments` is false (the service listens before that).
 */
export async function startTestService(env: Record<string, string> = {}, options: ServiceOptions & { waitForDocuments?: boolean } = {}) {
  const lines: LogLines = [];
  const log = new Logger('test', 'debug', (l) => lines.push(l));
  // Port 0: any free port. Not a PORT value (1–65535 only), so set on the parsed config.
  const config = { ...loadConfig({ DATA_DIR: testDataDir(), ...env }), port: 0 };
  const clock = options.clock ?? new ManualClock('2026-11-23T08:00:00Z');
  const { waitForDocuments = true, ...serviceOptions } = options;
  const service: RunningService = await startService(config, log, { databaseFile: ':memory:', clock, ...serviceOptions });
  if (waitForDocuments) await service.documentsLoaded();
  const url = `http://127.0.0.1:${service.port}`;
  return { service, url, lines, clock, config };
}

/** POSTs a JSON body (or a raw string) to the bot. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? safeJson(text) : undefined };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export type TestService = Awaited<ReturnType<typeof startTestService>>;

/**
 * Registers mocha hooks that start a recording connector and the real service before each test
 * and stop both after it. Read `bot.connector` and `bot.ctx` inside tests.
 */
export function botUnderTest(env: Record<string, string> = {}): { connector: RecordingConnector; ctx: TestService } {
  const bot = {} as { connector: RecordingConnector; ctx: TestService };
  beforeEach(async () => {
    bot.connector = new RecordingConnector();
    await bot.connector.start();
    bot.ctx = await startTestService(env);
  });
  afterEach(async () => {
    await bot.ctx.service.stop();
    await bot.connector.stop();
  });
  return bot;
}
