import path from 'node:path';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Config } from '../config';
import type { LiveCurated } from '../curated/live';
import { CURATED_FILE } from '../curated/file-source';
import type { DecisionLedger, MeasureRepository } from '../measures';
import type { Person, Plan } from '../plan/types';
import { graphConnection } from '../sharepoint/configure';
import { curatedRoutes } from './curated-data';
import { tabRoutes } from './feature';
import type { TabFeature } from './index';
import { MeasureLinks } from './sharepoint-links';

export interface TabWiring {
  plan: Pick<Plan, 'municipality' | 'title' | 'goals' | 'measures' | 'owners' | 'wheel' | 'coordinators'>;
  repo: Pick<MeasureRepository, 'list'>;
  ledger: Pick<DecisionLedger, 'recentDecisions' | 'pendingProposals' | 'proposal'>;
  /** The curated answers, for the coordinators' page "Kuraterte svar". */
  curated?: LiveCurated;
  /** The chat's own rule (COORDINATORS, the plan's coordinators, COORDINATORS_GROUP_ID). */
  isCoordinator(user: { aadObjectId: string }): boolean;
  clock: Clock;
  log: Logger;
}

/** The tab from config: SharePoint links when the measures live there, local sample users otherwise. */
export function tabFeature(config: Config, deps: TabWiring): TabFeature {
  const links = config.sharepointSiteId
    ? new MeasureLinks(graphConnection(config), {
      siteId: config.sharepointSiteId,
      ...(config.sharepointMeasuresList ? { measuresList: config.sharepointMeasuresList } : {}),
    }, deps.clock, deps.log.child('tab'))
    : undefined;
  return {
    routes: [
      ...tabRoutes({ plan: deps.plan, repo: deps.repo, ledger: deps.ledger, clock: deps.clock, mode: config.mode, ...(links ? { links: () => links.get() } : {}) }),
      ...(deps.curated ? curatedRoutes({ curated: deps.curated, clock: deps.clock, localFile: path.join(config.dataDir, CURATED_FILE) }) : []),
    ],
    isCoordinator: deps.isCoordinator,
    people: () => {
      const known: Person[] = [...deps.plan.coordinators, ...deps.plan.owners.flatMap((r) => r.members)];
      return { defaultUser: config.coordinators[0] ?? deps.plan.coordinators[0]?.aadObjectId, known };
    },
  };
}
