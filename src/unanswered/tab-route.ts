import type { Clock } from '../common/clock';
import type { TabRoute } from '../tab/routes';
import type { UnansweredDto } from './dto';
import type { UnansweredStore } from './types';

/** How many groups the page lists at most, most asked first. */
export const PAGE_SIZE = 200;

/**
 * GET /api/tab/unanswered, for coordinators only: the groups seen within the retention period,
 * most asked first. With UNANSWERED_LOG=off it says so and lists nothing.
 */
export function unansweredTabRoute(deps: { store: UnansweredStore; enabled: boolean; retentionDays: number; clock: Clock }): TabRoute {
  return {
    method: 'GET', path: '/unanswered', coordinatorOnly: true,
    handler: async () => {
      const since = new Date(deps.clock.now().getTime() - deps.retentionDays * 86_400_000);
      const groups = deps.enabled ? (await deps.store.list(since)).slice(0, PAGE_SIZE) : [];
      const body: UnansweredDto = {
        enabled: deps.enabled,
        retentionDays: deps.retentionDays,
        questions: groups.map((g) => ({ id: g.id, text: g.text, count: g.count, firstSeen: g.firstSeen, lastSeen: g.lastSeen, reason: g.reason, label: g.label, answerLine: g.answerLine })),
      };
      return { status: 200, body };
    },
  };
}
