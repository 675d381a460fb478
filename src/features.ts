import { Cron } from 'croner';
import type { HttpRouteHandler } from '@microsoft/teams.apps';
import type { Clock } from './common/clock';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { askFeature } from './bot/ask';
import { mergeFeatures, type Feature } from './bot/features';
import { knowledgeAdminFeature, reportFailures } from './bot/knowledge-admin';
import { reportFeature } from './bot/measures/feature';
import type { MessageSender } from './bot/message-sender';
import { LiveKnowledge, folderSource, sharePointSource, type KnowledgeSource } from './knowledge/live';
import { SharePointKnowledgeSync } from './knowledge/sharepoint-source';
import { createMeasures } from './measures';
import { MeasureStatusCache } from './measures/status-cache';
import { createReminders } from './reminders';
import { loadPlan } from './plan/load';
import type { Plan } from './plan/types';
import type { ReadinessCheck } from './server/readiness';
import { configuredMeasureRepository, graphConnection } from './sharepoint/configure';
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

/** Capabilities plus their background work and readiness checks, which the service runs. */
export interface BuiltFeatures extends Feature {
  readiness: ReadinessCheck[];
  /** Extra POST routes, e.g. the reminder trigger for an external scheduler. */
  routes: Array<{ path: string; handler: HttpRouteHandler }>;
  start(): void;
  stop(): Promise<void>;
}

/** COORDINATORS from the environment join the plan file's coordinators. */
export function withEnvCoordinators(plan: Plan, ids: string[]): Plan {
  const known = new Set(plan.coordinators.map((c) => c.aadObjectId));
  const extra = ids.filter((id) => !known.has(id)).map((aadObjectId) => ({ aadObjectId, name: 'Koordinator' }));
  return extra.length ? { ...plan, coordinators: [...plan.coordinators, ...extra] } : plan;
}

function knowledgeSource(config: Config, ctx: FeatureContext): KnowledgeSource {
  const log = ctx.log.child('knowledge');
  if (config.knowledgeSource === 'local') return folderSource(config.knowledgeDir, log);
  const sync = new SharePointKnowledgeSync({
    graph: graphConnection(config),
    db: ctx.db,
    siteId: config.sharepointSiteId ?? '',
    ...(config.sharepointDriveId ? { driveId: config.sharepointDriveId } : {}),
    folder: config.sharepointKnowledgeFolder ?? '',
    log,
    clock: ctx.clock,
  });
  return sharePointSource(sync);
}

/** Wires the capabilities from config: answers, status approvals, and their background work. */
export async function buildFeatures(config: Config, ctx: FeatureContext): Promise<BuiltFeatures> {
  const plan = withEnvCoordinators(loadPlan(config.planFile), config.coordinators);
  const knowledge = new LiveKnowledge(knowledgeSource(config, ctx));
  const first = await knowledge.refresh();
  for (const f of first.failed) ctx.log.warn(`knowledge file skipped: ${f.name}: ${f.reason}`);
  const isCoordinator = (p: { aadObjectId: string }) => plan.coordinators.some((c) => c.aadObjectId === p.aadObjectId);

  const ask = askFeature({ kb: knowledge, contacts: plan.contacts, feedback: new FeedbackStore(ctx.db), clock: ctx.clock, log: ctx.log });
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
  const admin = knowledgeAdminFeature({ knowledge, isCoordinator, log: ctx.log });
  const statuses = new MeasureStatusCache(repo, (id) => plan.measures.find((m) => m.id === id)?.status, ctx.log);
  const reminders = createReminders({
    db: ctx.db,
    plan,
    conversations: ctx.conversations,
    sender: ctx.sender,
    clock: ctx.clock,
    log: ctx.log,
    coordinators: (aadObjectId) => isCoordinator({ aadObjectId }),
    measureStatus: (id) => statuses.get(id),
    // "Marker som gjort" on a reminder opens the status proposal for its measures.
    onDone: (done) => report.offerStatusForm({ aadObjectId: done.byAadObjectId, name: done.byName }, done.measures),
  });

  // A SharePoint library changes without telling us: re-read it on a schedule.
  let sync: Cron | undefined;
  const scheduledSync = async () => {
    const r = await knowledge.refresh();
    ctx.log.info(`knowledge synced: ${r.documents} documents, ${r.changed} changed, ${r.removed} removed, ${r.failed.length} failed`);
    await reportFailures(r, { coordinators: plan.coordinators, conversations: ctx.conversations, sender: ctx.sender, log: ctx.log });
  };

  const readiness: ReadinessCheck[] = [{ name: 'index', check: () => knowledge.loaded && knowledge.size.chunks > 0 }];
  if (config.sharepointSiteId) {
    const graph = graphConnection(config);
    const site = `/sites/${encodeURIComponent(config.sharepointSiteId)}`;
    readiness.push({ name: 'graph', check: async () => Boolean(await graph.client.api(site).select('id').get()) });
  }

  return {
    ...mergeFeatures(ask, report, admin, reminders.feature),
    readiness,
    routes: [{ path: '/api/reminders/run', handler: reminders.triggerHandler(config.reminderTriggerSecret) }],
    start: () => {
      measures.worker.start();
      statuses.start();
      reminders.start();
      if (config.knowledgeSource === 'sharepoint') {
        sync = new Cron(config.knowledgeSyncCron, { timezone: 'Europe/Oslo', protect: true }, () => scheduledSync().catch((err) => ctx.log.error('knowledge sync failed', err)));
      }
    },
    stop: async () => {
      sync?.stop();
      statuses.stop();
      await reminders.stop();
      await measures.worker.stop();
    },
  };
}
