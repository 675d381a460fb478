import type { GetHandler } from './restify-adapter';

/**
 * A check's answer with a note for operators: something degraded that must not fail the probe
 * (App Service recycles an instance whose health check fails, which would not fix it).
 */
export interface ReadinessResult {
  ready: boolean;
  detail?: string;
}

/** One thing the service needs before it can do useful work (index loaded, database, Graph). */
export interface ReadinessCheck {
  name: string;
  /** true (or `{ ready: true }`) when ready; false, a rejection or a throw all count as not ready. */
  check: () => Promise<boolean | ReadinessResult> | boolean | ReadinessResult;
}

export interface ReadinessOptions {
  /** Longest a single check may take before it counts as not ready. Default 2000 ms. */
  timeoutMs?: number;
}

/**
 * GET /readyz: 200 `{status:'ready'}` when every check passes, else 503 `{status:'not-ready'}`,
 * with each check's result by name, and `details` by name where a check has a note. Checks run
 * in parallel and are time-boxed, because a load balancer's probe must get an answer even when
 * Graph hangs.
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
    const details: Record<string, string> = {};
    checks.forEach((c, i) => {
      byName[c.name] = results[i]!.ready;
      if (results[i]!.detail) details[c.name] = results[i]!.detail!;
    });
    const ready = results.every((r) => r.ready);
    return {
      status: ready ? 200 : 503,
      body: { status: ready ? 'ready' : 'not-ready', checks: byName, ...(Object.keys(details).length ? { details } : {}) },
      // A probe must never see a cached answer.
      headers: { 'cache-control': 'no-store' },
    };
  };
}

async function runCheck(c: ReadinessCheck, timeoutMs: number): Promise<ReadinessResult> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<ReadinessResult>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false }), timeoutMs);
  });
  try {
    const outcome = Promise.resolve().then(() => c.check()).then(asResult, () => ({ ready: false }));
    return await Promise.race([outcome, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Only `true` or `{ ready: true }` is ready, so a forgotten return cannot pass. */
function asResult(v: unknown): ReadinessResult {
  if (v === true) return { ready: true };
  if (v && typeof v === 'object' && 'ready' in v) {
    const r = v as ReadinessResult;
    return { ready: r.ready === true, ...(typeof r.detail === 'string' && r.detail ? { detail: r.detail } : {}) };
  }
  return { ready: false };
}
