import type { WheelEntry } from '../plan/types';
import { osloDate } from './calendar';
import { computeOccurrences, type Occurrence } from './occurrences';
import type { Subscription, SubscriptionStore } from './subscriptions';

/** Each audience's active subscriptions, read once per pass (one query per audience). */
export async function subscriptionsByAudience(wheel: WheelEntry[], store: SubscriptionStore): Promise<Map<string, Subscription[]>> {
  const audiences = [...new Set(wheel.map((e) => e.audience))];
  return new Map(await Promise.all(audiences.map(async (a) => [a, await store.forAudience(a)] as const)));
}

/** (occurrence × subscribed channel) pairs in [from, to] kept by `keep`, in time order. */
export function* duePairs(
  wheel: WheelEntry[],
  subs: Map<string, Subscription[]>,
  from: Date,
  to: Date,
  keep: (at: number) => boolean,
  now: Date,
): Generator<{ occ: Occurrence; conversationId: string }> {
  const byId = new Map(wheel.map((e) => [e.id, e]));
  const { occurrences } = computeOccurrences(wheel, { from: osloDate(from), to: osloDate(to) }, { now: () => now });
  for (const occ of occurrences) {
    const entry = byId.get(occ.entryId);
    if (!entry || !keep(occ.at.getTime())) continue;
    // A channel gets reminders from the day it subscribed, never a backlog from before it.
    for (const sub of subs.get(entry.audience) ?? []) {
      if (sub.since <= occ.date) yield { occ, conversationId: sub.conversationId };
    }
  }
}
