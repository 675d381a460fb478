import type { Clock } from './common/clock';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { askFeature } from './bot/ask';
import { mergeFeatures, type Feature } from './bot/features';
import { reportFeature } from './bot/measures/feature';
import type { MessageSender } from './bot/message-sender';
import { KnowledgeBase } from './knowledge';
import { createMeasures } from './measures';
import { loadPlan } from './plan/load';
import type { Plan } from './plan/types';
import { configuredMeasureRepository } from './sharepoint/configure';
import { ApprovalMessageStore } from './storage/approval-messages';
import type { ConversationStore } from './storage/conversation-store';
import type { Db } from './storage/database';
import { FeedbackStore } from './storage/feedback-store';

/** What the composition root hands every capability. */
export interface FeatureContext {
  db: Db;
  log: Logger;
  clock: Clock;
  conversations: ConversationStore;
  /** Proactive sends; bound to the Teams app once it exists. */
  sender: MessageSender;
}

/** Capabilities plus their background work, which the service starts and stops. */
export interface BuiltFeatures extends Feature {
  start(): void;
  stop(): Promise<void>;
}

/** COORDINATORS from the environment join the plan file's coordinators. */
export function withEnvCoordinators(plan: Plan, ids: string[]): Plan {
  const known = new Set(plan.coordinators.map((c) => c.aadObjectId));
  const extra = ids.filter((id) => !known.has(id)).map((aadObjectId) => ({ aadObjectId, name: 'Koordinator' }));
  return extra.length ? { ...plan, coordinators: [...plan.coordinators, ...extra] } : plan;
}

/** Wires the capabilities from config: answers over KNOWLEDGE_DIR, the plan file, measures. */
export async function buildFeatures(config: Config, ctx: FeatureContext): Promise<BuiltFeatures> {
  const plan = withEnvCoordinators(loadPlan(config.planFile), config.coordinators);
  const { kb, warnings } = await KnowledgeBase.fromDirectory(config.knowledgeDir, ctx.log.child('knowledge'));
  for (const w of warnings) ctx.log.warn(w);
  const ask = askFeature({ kb, contacts: plan.contacts, feedback: new FeedbackStore(ctx.db), clock: ctx.clock, log: ctx.log });

  const repo = configuredMeasureRepository(config, ctx.db, plan);
  const measures = createMeasures({ db: ctx.db, repo, plan, clock: ctx.clock, log: ctx.log });
  const report = reportFeature({
    service: measures.service,
    ledger: measures.ledger,
    plan,
    conversations: ctx.conversations,
    approvals: new ApprovalMessageStore(ctx.db),
    sender: ctx.sender,
    clock: ctx.clock,
    log: ctx.log,
  });

  return {
    ...mergeFeatures(ask, report),
    start: () => measures.worker.start(),
    stop: () => measures.worker.stop(),
  };
}
