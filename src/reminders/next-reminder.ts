import type { Plan } from '../plan/types';
import { addDays, osloDate } from './calendar';
import { TERMINAL, type ReminderLedger } from './ledger';
import { computeOccurrences, type Occurrence } from './occurrences';
import type { SubscriptionStore } from './subscriptions';

/**
 * The next reminder a channel will get: the earliest occurrence, from today and within a year,
 * of an audience it subscribes to (from the day it subscribed), that is not posted there yet.
 */
export async function nextReminder(
  deps: { plan: Pick<Plan, 'wheel'>; subscriptions: SubscriptionStore; ledger: ReminderLedger },
  conversationId: string,
  now: Date,
): Promise<Occurrence | undefined> {
  const since = new Map((await deps.subscriptions.ofChannel(conversationId)).map((s) => [s.audience, s.since]));
  const entries = deps.plan.wheel.filter((e) => since.has(e.audience));
  const today = osloDate(now);
  const audienceOf = new Map(entries.map((e) => [e.id, e.audience]));
  const { occurrences } = computeOccurrences(entries, { from: today, to: addDays(today, 366) }, { now: () => now });
  for (const occ of occurrences) {
    if (occ.date < (since.get(audienceOf.get(occ.entryId) ?? '') ?? '')) continue;
    const row = await deps.ledger.row({ entryId: occ.entryId, date: occ.date, kind: occ.kind, conversationId });
    if (!row || !TERMINAL.has(row.state)) return occ;
  }
  return undefined;
}
