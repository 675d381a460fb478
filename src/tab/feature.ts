import type { Clock } from '../common/clock';
import type { DecisionLedger, MeasureRepository } from '../measures';
import { osloDate } from '../measures/summary';
import type { Plan } from '../plan/types';
import type { MeDto } from './api-types';
import { decisionsData } from './decisions-data';
import type { TabRoute } from './routes';
import { statusData, UnknownFilterError } from './status-data';
import { wheelData } from './wheel-data';

export interface TabDataDeps {
  /** The live plan: read at every request, so a changed plan shows at the next load. */
  plan: Pick<Plan, 'municipality' | 'title' | 'goals' | 'measures' | 'owners' | 'wheel'>;
  repo: Pick<MeasureRepository, 'list'>;
  ledger: Pick<DecisionLedger, 'recentDecisions' | 'pendingProposals' | 'proposal'>;
  /** Measure id → SharePoint item; only when the measures live in SharePoint. */
  links?: () => Promise<Map<string, string>>;
  clock: Clock;
  mode: MeDto['mode'];
}

/** A query value, or undefined when absent or empty (a cleared filter). */
const param = (query: Record<string, string>, name: string): string | undefined => {
  const v = query[name];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};

/**
 * The tab's API: who am I, the Status and Årshjul pages for everyone, and the coordinators'
 * decision log. Pages that come later (unanswered questions, curated answers, the yearly
 * report) add their routes to this list with `coordinatorOnly: true`.
 */
export function tabRoutes(deps: TabDataDeps): TabRoute[] {
  return [
    {
      method: 'GET', path: '/me', coordinatorOnly: false,
      handler: async ({ user, coordinator }) => ({
        status: 200,
        body: { name: user.name, coordinator, municipality: deps.plan.municipality, title: deps.plan.title, mode: deps.mode } satisfies MeDto,
      }),
    },
    {
      method: 'GET', path: '/status', coordinatorOnly: false,
      handler: async ({ query }) => {
        const goal = param(query, 'goal');
        const owner = param(query, 'owner');
        try {
          return { status: 200, body: await statusData(deps, { ...(goal ? { goal } : {}), ...(owner ? { owner } : {}) }, deps.clock.now()) };
        } catch (err) {
          if (err instanceof UnknownFilterError) return { status: 400, body: { error: err.message } };
          throw err;
        }
      },
    },
    {
      method: 'GET', path: '/wheel', coordinatorOnly: false,
      handler: async () => ({ status: 200, body: wheelData(deps.plan, osloDate(deps.clock.now())) }),
    },
    {
      method: 'GET', path: '/decisions', coordinatorOnly: true,
      handler: async () => ({ status: 200, body: await decisionsData(deps.ledger, deps.plan) }),
    },
  ];
}
