import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Clock } from '../../../src/common/clock';
import { Logger } from '../../../src/common/logger';
import { loadConfig } from '../../../src/config';
import { startService, type RunningService } from '../../../src/service';
import { RESULTS } from './playground';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding, reduced to what a failing assertion should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** The bot (local mode unless `env` says otherwise) and headless Chromium, for the tab's pages. */
export interface TabBrowser {
  service: RunningService;
  url: string;
  browser: Browser;
  logs: string[];
  open(pathAndQuery: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function openTabBrowser(clock: Clock, env: Record<string, string> = {}): Promise<TabBrowser> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const logs: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-tab-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, COORDINATORS: '00000000-0000-0000-0000-000000000020', PLAN_POLL_SECONDS: '300', ...env }), port: 0 };
  const service = await startService(config, new Logger('e2e', 'debug', (l) => logs.push(l)), { clock });
  const url = `http://127.0.0.1:${service.port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    await service.stop();
    throw err;
  }
  return {
    service, url, browser, logs,
    async open(pathAndQuery, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${url}${pathAndQuery}`);
      return page;
    },
    async close() {
      await browser.close();
      await service.stop();
    },
  };
}

/** Runs axe-core (every rule it runs by default: WCAG 2.x A/AA and best practices) in the page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
