import type { IActivityContext } from '@microsoft/teams.apps';
import { stripMentionsText, type Activity } from '@microsoft/teams.api';
import type { ILogger } from '@microsoft/teams.common';
import { TEXTS } from './texts';

type Ctx = IActivityContext<Activity>;

/** The tenant an activity comes from, wherever Teams put it. */
export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? activity.conversation?.tenantId;
}

/**
 * Refuses activities from tenants that are not allowed, with 403. Runs after the SDK has
 * validated the JWT, and logs only the tenant and activity type, never content.
 */
export function tenantGuard(allowed: string[], log: ILogger) {
  const set = new Set(allowed.map((t) => t.toLowerCase()));
  return async (ctx: Ctx) => {
    const tenant = tenantOf(ctx.activity);
    if (!tenant || !set.has(tenant.toLowerCase())) {
      log.warn(`refused activity from tenant ${tenant ?? '(none)'} (type=${ctx.activity.type})`);
      return { status: 403, body: { error: TEXTS.tenantRefused } };
    }
    return ctx.next();
  };
}

/**
 * Catches what a handler throws, at the turn boundary: logs it with context (never the text)
 * and gives the user a short, safe message instead of a 500.
 */
export function turnErrorBoundary(log: ILogger) {
  return async (ctx: Ctx) => {
    try {
      return await ctx.next();
    } catch (err) {
      log.error(`turn failed (type=${ctx.activity.type}, id=${ctx.activity.id ?? '-'})`, err);
      if (ctx.activity.type === 'invoke') {
        return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: TEXTS.error } };
      }
      try {
        await ctx.send(TEXTS.error);
      } catch (sendErr) {
        log.error('could not tell the user about the failure', sendErr);
      }
      return { status: 200 };
    }
  };
}

/**
 * Channel messages start with "<at>Planassistenten</at>"; commands are read without it. The
 * same as the SDK's `activity.mentions.stripText` option, but registered after the error boundary.
 */
export async function stripMentions(ctx: Ctx) {
  const a = ctx.activity;
  if (a.type === 'message' && a.text) a.text = stripMentionsText(a) ?? '';
  return ctx.next();
}
