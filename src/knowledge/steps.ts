/**
 * A long computation written as a generator that yields wherever it may pause. The same steps
 * run whole (`runSteps`, for the command-line tools and tests) or in slices that give the event
 * loop back between them (`runInSlices`, for the bot), so both build the very same index.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How the steps pause: the event loop runs I/O (a /healthz, a turn) before they go on. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the steps in slices of about `sliceMs`, pausing between slices. One step must be short
 * (a page slice, a window, a unit): a slice ends at the first pause point after `sliceMs`.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 15, pause: () => Promise<void> = nextTurn): Promise<T> {
  let started = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - started >= sliceMs) {
      await pause();
      started = performance.now();
    }
  }
}

/** Longest piece of a page read in one step; a page of a .txt file can be the whole document. */
const SLICE_CHARS = 50_000;

/**
 * A text cut into pieces of at most `max` characters, at a line break (else at a space), so
 * reading one piece is one short step. Text that fits is one piece.
 */
export function textSlices(text: string, max = SLICE_CHARS): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start + max;
    if (end >= text.length) end = text.length;
    else {
      const nl = text.lastIndexOf('\n', end - 1);
      const space = nl > start ? nl : text.lastIndexOf(' ', end - 1);
      if (space > start) end = space + 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
