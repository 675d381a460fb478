/**
 * Waits `ms`, or less when `signal` aborts. Injected wherever a user must get an answer in time,
 * so tests move time with a clock instead of sleeping.
 */
export type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

/** The real wait: a timer, cleared when the signal aborts so nothing is left running. */
export const timerWait: Wait = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/** The outcome of `within`: the work's value, or `late` when the time ran out first. */
export type Within<T> = { late: false; value: T } | { late: true };

/**
 * Races `work` against `ms`. In time: its value (or its error, thrown). Late: the work goes on by
 * itself, and an error it ends with later goes to `onLateError` instead of being lost.
 */
export async function within<T>(work: Promise<T>, ms: number, wait: Wait, onLateError: (err: unknown) => void): Promise<Within<T>> {
  const stop = new AbortController();
  let late = false;
  const settled = work.then(
    (value): Within<T> => ({ late: false, value }),
    (err: unknown) => {
      if (late) onLateError(err);
      throw err;
    },
  );
  const timeout = wait(Math.max(0, ms), stop.signal).then((): Within<T> => ({ late: true }));
  try {
    const first = await Promise.race([settled, timeout]);
    if (first.late) {
      late = true;
      // The work's later error is reported through onLateError; keep it from surfacing unhandled.
      settled.catch(() => undefined);
    }
    return first;
  } finally {
    stop.abort();
  }
}
