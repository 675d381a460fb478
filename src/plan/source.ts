import fs from 'node:fs';
import { readPlanFile } from './load';
import type { PlanProblem } from './problems';
import { validateRows } from './rules';
import type { Plan } from './types';

/** One reading of the plan and the problems found in its rows. */
export interface PlanSnapshot {
  plan: Plan;
  problems: PlanProblem[];
}

/**
 * Where the plan comes from: the plan file (local mode) or the SharePoint lists (tenant mode).
 * `read` returns undefined when nothing changed since the last read, so polling is cheap. It
 * throws when the source cannot be read at all; the caller keeps the plan it has.
 */
export interface PlanSource {
  readonly kind: 'file' | 'sharepoint';
  /** Where, for logs and messages: a file path or a site id. */
  readonly describe: string;
  read(): Promise<PlanSnapshot | undefined>;
}

/**
 * The plan file. A schema or reference error makes the whole file unusable (PlanFileError, with
 * file, line and field); the row rules the lists share add what still works but needs a person:
 * timing the wheel cannot place and unknown audiences.
 */
export class FilePlanSource implements PlanSource {
  readonly kind = 'file';
  private stamp = '';

  constructor(private readonly file: string) {}

  get describe(): string {
    return this.file;
  }

  async read(): Promise<PlanSnapshot | undefined> {
    const stamp = statStamp(this.file);
    if (stamp && stamp === this.stamp) return undefined;
    const { plan, lines } = readPlanFile(this.file);
    this.stamp = stamp;
    const ref = (list: 'goals' | 'measures' | 'wheel', i: number) => ({ list, position: i + 1, line: lines[list][i] ?? 0 });
    const { problems } = validateRows({
      goals: plan.goals.map((value, i) => ({ value, ref: ref('goals', i) })),
      measures: plan.measures.map((value, i) => ({ value, ref: ref('measures', i) })),
      wheel: plan.wheel.map((value, i) => ({ value, ref: ref('wheel', i) })),
      ...(plan.audiences ? { audiences: plan.audiences } : {}),
    });
    return { plan, problems };
  }
}

function statStamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '';
  }
}
