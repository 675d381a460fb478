import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Logger } from '../../../src/common/logger';
import { loadConfig } from '../../../src/config';
import { startService, type RunningService, type ServiceOptions } from '../../../src/service';
import { waitForHttp } from '../../../scripts/wait-for-http';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const RESULTS = path.join(ROOT, 'test-results');

/** The flags this machine's closed network needs; see the README's browser test section. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Session {
  service: RunningService;
  /** The service's DATA_DIR, for CLIs that read the same database. */
  dataDir: string;
  page: Page;
  logs: string[];
  close(): Promise<void>;
}

/** Starts the bot, the real Agents Playground pointed at it, and headless Chromium on the Playground. */
export async function openPlayground(env: Record<string, string> = {}, options: ServiceOptions = {}): Promise<Session> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const logs: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-e2e-'));
  // The plan is re-read every 5 minutes unless a test asks for less: no problem card mid-test.
  const config = { ...loadConfig({ DATA_DIR: dataDir, COORDINATORS: '00000000-0000-0000-0000-000000000020', PLAN_POLL_SECONDS: '300', ...env }), port: 0 };
  const service = await startService(config, new Logger('e2e', 'debug', (l) => logs.push(l)), options);
  await service.documentsLoaded();
  const pgPort = await freePort();
  const playground: ChildProcess = spawn(
    process.execPath,
    [require.resolve('@microsoft/m365agentsplayground/cli.js'), '-e', `http://127.0.0.1:${service.port}/api/messages`, '-c', 'msteams', '-p', String(pgPort), '--dt'],
    {
      cwd: ROOT,
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dataDir, 'playground.log'), M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(ROOT, '.m365agentsplayground.yml') },
      stdio: 'ignore',
    },
  );
  let browser: Browser | undefined;
  try {
    await waitForHttp(`http://127.0.0.1:${pgPort}/`, 30_000);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`http://127.0.0.1:${pgPort}/`);
    const b = browser;
    return {
      service,
      dataDir,
      page,
      logs,
      async close() {
        await b.close();
        playground.kill('SIGTERM');
        await service.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    playground.kill('SIGTERM');
    await service.stop();
    throw err;
  }
}

/** Types a message into the chat box of the open conversation and sends it. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[role="textbox"][contenteditable="true"]').first();
  await box.click();
  await box.fill(text);
  await page.locator('[aria-label="Send Message"]').click();
}

/** The rendered Adaptive Cards in the conversation pane. */
export function cards(page: Page) {
  return page.locator('.ac-adaptiveCard');
}

/** Waits until more than `count` cards are shown (a reply arrived). */
export async function waitForMoreCards(page: Page, count: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => globalThis.document.querySelectorAll('.ac-adaptiveCard').length > n, count, { timeout });
}
