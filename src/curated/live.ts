import type { ILogger } from '@microsoft/teams.common';
import { NO_CURATED, type CuratedData } from '../knowledge';
import type { PlanProblem } from '../plan/problems';
import { curatedDataOf } from './data';
import { curatedDueForReview, type CuratedDue } from './review';
import type { CuratedProposal, CuratedSource, SaveResult } from './source';
import type { CuratedAnswer, CuratedSnapshot, CuratedState } from './types';

const EMPTY: CuratedSnapshot = { answers: [], staffWords: [], problems: [] };

/**
 * The municipality's curated answers and staff words as the bot uses them, read from their
 * source and re-read while it runs (with the plan, every PLAN_POLL_SECONDS). A failed read keeps
 * what was read last. `data` is what questions are answered with; it is a new object after every
 * change, so the engine's matcher for it is built once per reading.
 */
export class LiveCurated {
  private snapshot: CuratedSnapshot = EMPTY;
  private current: CuratedData = NO_CURATED;
  private running: Promise<boolean> | undefined;
  private first: Promise<void> | undefined;

  constructor(private readonly source: CuratedSource, private readonly log: ILogger) {}

  get kind(): CuratedSource['kind'] {
    return this.source.kind;
  }

  /** Curated answers and staff words for the engine; none while the lists are off. */
  get data(): CuratedData {
    return this.current;
  }

  get answers(): CuratedAnswer[] {
    return this.snapshot.answers;
  }

  /** The rows' problems, and the one saying the feature is off; reported like the plan's. */
  get problems(): PlanProblem[] {
    return this.snapshot.problems;
  }

  get state(): CuratedState {
    return this.source.state();
  }

  /** Reads the source once; overlapping calls share one read. Resolves true when something changed. */
  refresh(): Promise<boolean> {
    this.running ??= this.readOnce().finally(() => (this.running = undefined));
    this.first ??= this.running.then(() => undefined);
    return this.running;
  }

  /** Resolves once the first reading has ended (read or failed); starts it if nothing has. */
  async loaded(): Promise<void> {
    await (this.first ?? this.refresh());
  }

  /** The answers past their review date (or without one) on `now`'s Oslo day. */
  dueForReview(now: Date): CuratedDue[] {
    return curatedDueForReview(this.snapshot.answers, now);
  }

  /** Saves a proposal where the coordinators keep the answers, then reads them again. */
  async save(proposal: CuratedProposal): Promise<SaveResult> {
    const result = await this.source.save(proposal);
    if (result.kind === 'saved') {
      this.log.info(`curated answer saved (${result.where})`);
      await this.refresh();
    }
    return result;
  }

  private async readOnce(): Promise<boolean> {
    let next: CuratedSnapshot | undefined;
    try {
      next = await this.source.read();
    } catch (err) {
      this.log.warn(`curated answers not re-read from ${this.source.kind}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
    if (!next) return false;
    this.snapshot = next;
    this.current = curatedDataOf(next);
    this.log.info(`curated answers read from ${this.source.kind}: ${next.answers.length} answers, ${next.staffWords.length} staff words, ${next.problems.length} problem(s)`);
    return true;
  }
}
