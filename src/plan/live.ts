import type { ILogger } from '@microsoft/teams.common';
import { PlanFileError } from './errors';
import type { PlanProblem } from './problems';
import type { PlanSnapshot, PlanSource } from './source';
import type { Contact, Goal, Measure, OwnerRole, Person, Plan, WheelEntry } from './types';

const EMPTY: Plan = { municipality: '', title: '', goals: [], measures: [], owners: [], coordinators: [], contacts: [], wheel: [] };

export interface LivePlanOptions {
  /** Entra object ids that may approve whatever the source says (COORDINATORS). */
  extraCoordinators?: readonly string[];
  /** What to show before the first read succeeds (the municipality's name, contacts). */
  initial?: Partial<Plan>;
}

/**
 * The one plan the rest of the bot sees, read from its source and re-read while the bot runs.
 * It is a Plan: every property read gives the latest snapshot, so capabilities that hold it
 * see a moved deadline or a new wheel entry at their next turn or tick, without a restart.
 * A failed read keeps the last good plan; a plan file that no longer parses is reported as a
 * problem and the previous version stays in use.
 */
export class LivePlan implements Plan {
  private snapshot: PlanSnapshot;
  private sourceProblem: PlanProblem | undefined;
  private readonly listeners: Array<(plan: LivePlan) => void | Promise<void>> = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<boolean> | undefined;
  /** True once a read has succeeded. */
  loaded = false;

  constructor(private readonly source: PlanSource, private readonly log: ILogger, private readonly options: LivePlanOptions = {}) {
    this.snapshot = { plan: this.withExtraCoordinators({ ...EMPTY, ...options.initial }), problems: [] };
  }

  get municipality(): string { return this.snapshot.plan.municipality; }
  get title(): string { return this.snapshot.plan.title; }
  get period(): string | undefined { return this.snapshot.plan.period; }
  get goals(): Goal[] { return this.snapshot.plan.goals; }
  get measures(): Measure[] { return this.snapshot.plan.measures; }
  get owners(): OwnerRole[] { return this.snapshot.plan.owners; }
  get coordinators(): Person[] { return this.snapshot.plan.coordinators; }
  get contacts(): Contact[] { return this.snapshot.plan.contacts; }
  get wheel(): WheelEntry[] { return this.snapshot.plan.wheel; }
  get audiences(): string[] | undefined { return this.snapshot.plan.audiences; }

  get kind(): PlanSource['kind'] { return this.source.kind; }

  /** The rows' problems, and the source's own when its last read failed for good. */
  get problems(): PlanProblem[] {
    return this.sourceProblem ? [this.sourceProblem, ...this.snapshot.problems] : this.snapshot.problems;
  }

  /** Called after every change (new snapshot), e.g. to seed new measures or tell coordinators. */
  onChange(listener: (plan: LivePlan) => void | Promise<void>): void {
    this.listeners.push(listener);
  }

  /** The first read: a broken plan file stops the start with its own message; an unreachable list does not. */
  async load(): Promise<void> {
    try {
      await this.refresh({ throwFileErrors: true });
    } catch (err) {
      if (err instanceof PlanFileError) throw err;
      this.log.error(`plan could not be read from ${this.source.describe}; retrying`, err);
    }
  }

  /** Reads the source once; overlapping calls share one read. Resolves true when the plan changed. */
  refresh(opts: { throwFileErrors?: boolean } = {}): Promise<boolean> {
    this.running ??= this.readOnce(opts).finally(() => (this.running = undefined));
    return this.running;
  }

  start(everyMs: number): void {
    this.timer ??= setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async readOnce(opts: { throwFileErrors?: boolean }): Promise<boolean> {
    let next: PlanSnapshot | undefined;
    const hadProblem = this.sourceProblem;
    try {
      next = await this.source.read();
      this.sourceProblem = undefined;
    } catch (err) {
      if (err instanceof PlanFileError) {
        if (opts.throwFileErrors) throw err;
        const first = err.issues[0];
        this.sourceProblem = {
          kind: 'invalid', ref: { list: 'file', position: 1, ...(first ? { line: first.line } : {}) },
          message: `planfilen kan ikke brukes (${first ? `${first.path}: ${first.message}` : 'ukjent feil'}); forrige versjon brukes til den er rettet`,
        };
        this.log.warn(`plan file not reloaded: ${err.issues.length} problem(s); the previous version stays in use`);
      } else {
        if (!this.loaded && opts.throwFileErrors) throw err;
        this.log.warn(`plan not re-read from ${this.source.kind}: ${err instanceof Error ? err.message : String(err)}`);
        return false;
      }
    }
    if (next) {
      this.snapshot = { plan: this.withExtraCoordinators(next.plan), problems: next.problems };
      this.loaded = true;
      this.log.info(`plan read from ${this.source.kind}: ${next.plan.goals.length} goals, ${next.plan.measures.length} measures, ${next.plan.wheel.length} wheel entries, ${next.problems.length} problem(s)`);
    }
    const changed = next !== undefined || hadProblem?.message !== this.sourceProblem?.message;
    if (changed) {
      for (const l of this.listeners) {
        try {
          await l(this);
        } catch (err) {
          this.log.error('plan change listener failed', err);
        }
      }
    }
    return changed;
  }

  private withExtraCoordinators(plan: Plan): Plan {
    const ids = this.options.extraCoordinators ?? [];
    const known = new Set(plan.coordinators.map((c) => c.aadObjectId));
    const extra = ids.filter((id) => !known.has(id)).map((aadObjectId) => ({ aadObjectId, name: 'Koordinator' }));
    return extra.length ? { ...plan, coordinators: [...plan.coordinators, ...extra] } : plan;
  }
}
