import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../../common/clock';
import { timerWait, within, type Outbox, type OutboxListener, type OutboxPayload, type OutboxWorker, type ParkedEvent, type Wait } from '../../measures';
import type { ReadinessCheck } from '../../server/readiness';
import { missingColumns, schemaNotice, SchemaError, type SchemaReport } from '../../sharepoint/schema';
import type { Attempt } from '../../sharepoint/retry';
import type { OnceStore } from '../../storage/once';
import { escapeMarkdown } from '../markdown';
import type { OutcomeNotices } from './notices';

export interface SharePointHealthDeps {
  repo: { checkSchema(): Promise<Attempt<SchemaReport>> };
  outbox: Pick<Outbox, 'releaseParked' | 'subscribe' | 'entries'>;
  worker: Pick<OutboxWorker, 'runOnce'>;
  /** A notice is not used up while no coordinator can be reached. */
  notices: Pick<OutcomeNotices, 'tellCoordinators' | 'anyCoordinatorReachable'>;
  /** Every instance checks alike; the first to claim a notice's key sends it. */
  once: OnceStore;
  clock: Clock;
  log: ILogger;
  /** How the start waits for a slow SharePoint; default a timer. */
  wait?: Wait;
}

/**
 * The SharePoint lists' fitness for status writes, checked at start and at every plan poll: a
 * missing required column refuses the start; missing optional ones are added when the site
 * permission allows it, else written around, told to the coordinators once and shown under
 * `/readyz` details (still 200). When something was fixed, parked writes are let through.
 */
export class SharePointHealth implements OutboxListener {
  private schemaNote: string | undefined;
  private missing = new Set<string>();
  /** Writes this instance has seen parked, by decision id: what SharePoint said. */
  private readonly parkedWrites = new Map<string, string>();

  constructor(private readonly deps: SharePointHealthDeps) {
    deps.outbox.subscribe(this);
  }

  /** The `/readyz` check: always ready (recycling the instance would not add a column), with a note when degraded. */
  readonly readiness: ReadinessCheck = {
    name: 'sharepoint',
    check: () => {
      const notes = [this.schemaNote, this.parkedNote()].filter(Boolean);
      return { ready: true, ...(notes.length ? { detail: notes.join('; ') } : {}) };
    },
  };

  /**
   * Before the bot listens: a missing list or required column throws SchemaError (the start is
   * refused). A SharePoint that does not answer within `withinMs` does not hold the start: the
   * check goes on, and what it finds is noted and told like at a poll.
   */
  async start(withinMs = 10_000): Promise<void> {
    for (const e of await this.deps.outbox.entries()) if (e.state === 'pending' && e.parked) this.parkedWrites.set(e.decisionId, e.parked);
    let settled = false;
    const checking = this.check(true).finally(() => (settled = true));
    const r = await within(checking, withinMs, this.deps.wait ?? timerWait, (err) => void this.lateStartFailure(err));
    if (r.late && !settled) this.schemaNote ??= 'the SharePoint lists are still being read';
  }

  /**
   * At every plan poll: read the lists again, then let due writes (parked ones whose time came,
   * or released) through at once; a pass that takes longer goes on without holding the poll.
   */
  async poll(): Promise<void> {
    await this.check(false);
    await within(this.deps.worker.runOnce(), 10_000, this.deps.wait ?? timerWait, (err) => this.deps.log.error('outbox pass after a poll failed', err));
  }

  parked(e: ParkedEvent): void {
    this.parkedWrites.set(e.payload.decisionId, e.error);
  }

  recovered(e: { payload: OutboxPayload }): void {
    this.parkedWrites.delete(e.payload.decisionId);
  }

  conflict(e: { payload: OutboxPayload }): void {
    this.parkedWrites.delete(e.payload.decisionId);
  }

  /** The start's check ended after the bot began listening: too late to refuse, so it is told instead. */
  private async lateStartFailure(err: unknown): Promise<void> {
    if (err instanceof SchemaError) await this.cannotWrite(err).catch((e: unknown) => this.deps.log.error('could not tell about the SharePoint lists', e));
    else this.deps.log.error('SharePoint check at start failed', err);
  }

  /** A list or required column gone: status writes wait (parked) until it is back. */
  private async cannotWrite(err: SchemaError): Promise<void> {
    this.schemaNote = `status cannot be written: ${err.message}`;
    await this.tellOnce(`sharepoint-schema ${err.message}`, `${err.message} Godkjente statuser venter i assistenten til dette er rettet.`);
  }

  private async check(atStart: boolean): Promise<void> {
    let r: Attempt<SchemaReport>;
    try {
      r = await this.deps.repo.checkSchema();
    } catch (err) {
      if (atStart || !(err instanceof SchemaError)) throw err;
      return this.cannotWrite(err);
    }
    if (!r.ok) {
      this.schemaNote = `the SharePoint lists could not be read: ${r.failure.message}`;
      this.deps.log.warn('SharePoint lists could not be read for their columns', { error: r.failure.message });
      return;
    }
    const report = r.value;
    const missing = missingColumns(report);
    const added = [...report.measures.added.map((c) => `${report.measures.displayName}.${c}`), ...report.statusLog.added.map((c) => `${report.statusLog.displayName}.${c}`)];
    if (added.length) this.deps.log.info('added SharePoint columns the bot writes', { added: added.join(', ') });
    const fixed = added.length > 0 || [...this.missing].some((m) => !missing.includes(m)) || this.schemaNote?.startsWith('status cannot');
    const changed = missing.length !== this.missing.size || missing.some((m) => !this.missing.has(m));
    this.missing = new Set(missing);
    if (fixed) {
      const released = await this.deps.outbox.releaseParked();
      if (released) this.deps.log.info(`released ${released} parked status write(s) after a fix in SharePoint`);
    }
    if (missing.length === 0) {
      this.schemaNote = undefined;
      return;
    }
    this.schemaNote = `missing ${missing.join(', ')}; status is written without them${report.refused ? ` (adding them was refused: ${report.refused})` : ''}`;
    if (changed) this.deps.log.warn('SharePoint lists lack columns the bot writes; writing without them', { missing: missing.join(', ') });
    await this.tellOnce(`sharepoint-columns ${missing.join(',')}`, schemaNotice({ ...report, ...(report.refused ? { refused: escapeMarkdown(report.refused) } : {}) }));
  }

  /** Once per kind of problem, on every instance together; kept for later while no coordinator can be reached. */
  private async tellOnce(key: string, text: string): Promise<void> {
    if (!(await this.deps.notices.anyCoordinatorReachable())) return;
    if (!(await this.deps.once.first(key, this.deps.clock.now()))) return;
    const told = await this.deps.notices.tellCoordinators(text, 'the SharePoint lists');
    this.deps.log.info(`told ${told} coordinator(s) about the SharePoint lists`);
  }

  private parkedNote(): string | undefined {
    if (this.parkedWrites.size === 0) return undefined;
    const last = [...this.parkedWrites.values()].pop();
    return `${this.parkedWrites.size} status write(s) parked, refused by SharePoint: ${last}`;
  }
}
