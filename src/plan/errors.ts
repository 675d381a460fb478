/** One problem in a plan file, located so the coordinator can find it. */
export interface PlanIssue {
  /** Field path such as `measures[3].status`, or `(syntaks)` for a YAML/JSON syntax error. */
  path: string;
  /** 1-based line in the file. */
  line: number;
  /** What is wrong, in Norwegian. */
  message: string;
}

/**
 * A plan file that cannot be used. The message names the file, the line and the field of the
 * first problem (in line order) and lists the rest, so one edit round fixes them all.
 */
export class PlanFileError extends Error {
  override readonly name = 'PlanFileError';

  constructor(
    readonly file: string,
    readonly issues: PlanIssue[],
  ) {
    super(PlanFileError.format(file, issues));
  }

  private static format(file: string, issues: PlanIssue[]): string {
    const lines = issues.map((i) => `${file}, linje ${i.line}, felt ${i.path}: ${i.message}`);
    if (lines.length === 0) return `Feil i planfilen ${file}`;
    const [first, ...rest] = lines;
    return rest.length === 0 ? `Feil i planfilen ${first}` : [`Feil i planfilen ${first}`, ...rest.map((l) => `  ${l}`)].join('\n');
  }
}

/** `['measures', 3, 'status']` → `measures[3].status`. */
export function formatPath(segments: ReadonlyArray<string | number>): string {
  return segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`),
    '',
  ) || '(roten)';
}
