import { GraphEmulator, type SitePermission } from '../graph-emulator';
import type { Wait } from '../../src/measures/deadline';
import type { ManualClock } from '../../src/common/clock';
import { createGraphClient, type GraphClientOptions, type GraphConnection } from '../../src/sharepoint/graph-client';
import { provisionSharePoint } from '../../src/sharepoint/provision';
import { SharePointMeasureRepository } from '../../src/sharepoint/sharepoint-repository';
import type { RetryPolicy } from '../../src/sharepoint/retry';
import type { Measure, MeasureStatus } from '../../src/plan/types';
import type { RepositoryHarness } from '../measures/repository-contract';

export const SITE = 'contoso.sharepoint.com,site-guid,web-guid';

/** Sleeps that return at once and remember how long they would have waited. */
export function recordedSleeps(onSleep: (ms: number) => void = () => {}): { sleeps: number[]; sleep: (ms: number) => Promise<void> } {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms) => { sleeps.push(ms); onSleep(ms); } };
}

/**
 * Request timeouts driven by a ManualClock: `signal` is the Graph client's timeoutSignal, and
 * `advance` moves the clock and aborts every request whose time is up, as a real timer would.
 */
export class ManualTimeouts {
  private pending: Array<{ at: number; controller: AbortController }> = [];
  private waits: Array<{ at: number; resolve: () => void }> = [];
  constructor(private readonly clock: ManualClock) {}

  readonly signal = (ms: number): AbortSignal => {
    const controller = new AbortController();
    this.pending.push({ at: this.clock.now().getTime() + ms, controller });
    return controller.signal;
  };

  /** The service's `wait` (how long a click waits for Graph), on the same clock. */
  readonly wait: Wait = (ms, signal) =>
    new Promise((resolve) => {
      const entry = { at: this.clock.now().getTime() + ms, resolve: () => resolve() };
      this.waits.push(entry);
      signal.addEventListener('abort', () => {
        this.waits = this.waits.filter((w) => w !== entry);
        resolve();
      }, { once: true });
    });

  /** Waits still open: a test can see that a click is waiting before it moves time. */
  get waiting(): number {
    return this.waits.length;
  }

  advance(ms: number): void {
    this.clock.advance(ms);
    const now = this.clock.now().getTime();
    for (const p of this.pending.filter((x) => x.at <= now)) p.controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    this.pending = this.pending.filter((x) => x.at > now);
    for (const w of this.waits.filter((x) => x.at <= now)) w.resolve();
    this.waits = this.waits.filter((x) => x.at > now);
  }
}

export interface SharePointHarness extends RepositoryHarness {
  emulator: GraphEmulator;
  graph: GraphConnection;
  repo: SharePointMeasureRepository;
  sleeps: number[];
}

/** How the lists look when the bot meets them, and what the app may do on the site. */
export interface ListShapeOptions {
  /** Lists of the previous release: the measures list has no DecisionId column. */
  previousRelease?: boolean;
  /** The app's role on the site once the lists exist; default 'fullcontrol'. */
  permission?: SitePermission;
}

/** An emulator with provisioned lists holding `measures`, and a repository that talks to it over HTTP. */
export async function sharePointHarness(
  measures: Measure[],
  retry: Partial<RetryPolicy> = {},
  client: Pick<GraphClientOptions, 'timeoutSignal'> = {},
  shape: ListShapeOptions = {},
): Promise<SharePointHarness> {
  const emulator = await GraphEmulator.start();
  const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token, ...client });
  await provisionSharePoint(graph, { siteId: SITE, measures });
  if (shape.previousRelease) emulator.store.dropColumn(emulator.store.list(SITE, 'Measures')!, 'DecisionId');
  if (shape.permission) emulator.setPermission(shape.permission);
  const { sleeps, sleep } = recordedSleeps();
  const repo = new SharePointMeasureRepository(graph, { siteId: SITE, retry: { random: () => 0.5, sleep, ...retry } });
  return {
    emulator, graph, repo, sleeps,
    async editStatus(measureId: string, status: MeasureStatus) {
      const list = emulator.store.list(SITE, 'Measures')!;
      const item = list.items.find((i) => i.fields.MeasureId === measureId)!;
      emulator.store.updateFields(item, { Status: status }, new Date().toISOString());
    },
    close: () => emulator.close(),
  };
}
