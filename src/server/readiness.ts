import type { GetHandler } from './restify-adapter';

/** One thing the service needs before it can do useful work (index loaded, database, Graph). */
export interface ReadinessCheck {
  name: string;
  /** true when ready; false, a rejection or a throw all count as not ready. */
  check: () => Promise<boolean> | boolean;
}

export interface ReadinessOptions {
  /** Longest a single check may take before it counts as not ready. Default 2000 ms. */
  timeoutMs?: number;
}

/**
 * GET /readyz: 200 `{status:'ready'}` when every check passes, else 503 `{status:'not-ready'}`,
 * with each check's result by name. Checks run in parallel and are time-boxed, because a load
 * balancer's probe must get an answer even when Graph hangs.
 */
export function readinessHandler(checks: ReadinessCheck[], options: ReadinessOptions = {}): GetHandler {
  const timeoutMs = options.timeoutMs ?? 2000;
  const names = new Set<string>();
  for (const c of checks) {
    if (names.has(c.name)) throw new Error(`readiness check "${c.name}" is registered twice`);
    names.add(c.name);
  }
  return async () => {
    const results = await Promise.all(checks.map((c) => runCheck(c, timeoutMs)));
    const byName: Record<string, boolean> = {};
    checks.forEach((c, i) => (byName[c.name] = results[i]!));
    const ready = results.every(Boolean);
    return {
      status: ready ? 200 : 503,
      body: { status: ready ? 'ready' : 'not-ready', checks: byName },
      // A probe must never see a cached answer.
      headers: { 'cache-control': 'no-store' },
    };
  };
}

async function runCheck(c: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const outcome = Promise.resolve().then(() => c.check()).then((v) => v === true, () => false);
    return await Promise.race([outcome, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
