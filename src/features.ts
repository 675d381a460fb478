import { Cron } from 'croner';
import type { HttpRouteHandler } from '@microsoft/teams.apps';
import type { Clock } from './common/clock';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { askFeature } from './bot/ask';
import { mergeFeatures, type Feature } from './bot/features';
import { knowledgeAdminFeature, reportFailures } from './bot/knowledge-admin';
import { reportFeature } from './bot/measures/feature';
import { SharePointHealth } from './bot/measures/sharepoint-health';
import type { MessageSender } from './bot/message-sender';
import { FolderChanges } from './common/folder-changes';
import { LiveKnowledge, folderSource, sharePointSource, type KnowledgeSource } from './knowledge/live';
import { SUPPORTED_EXTENSIONS, type ReadLimits } from './knowledge/loaders';
import { SharePointKnowledgeSync } from './knowledge/sharepoint-source';
import { createMeasures } from './measures';
import { MeasureStatusCache } from './measures/status-cache';
import { createReminders } from './reminders';
import { planProblemsFeature } from './bot/plan-problems';
import { yearReportFeature } from './bot/year-report';
import { createYearReports, type YearReports } from './year-report';
import { configuredCuratedSource } from './curated/configure';
import { LiveCurated } from './curated/live';
import type { CuratedDue } from './curated/review';
import type { GetHandler } from './server/restify-adapter';
import { LivePlan } from './plan/live';
import { loadPlan, PlanFileError } from './plan/load';
import type { Plan } from './plan/types';
import type { ReadinessCheck } from './server/readiness';
import { configuredMeasureRepository, configuredPlanSource, graphConnection } from './sharepoint/configure';
import { SharePointMeasureRepository } from './sharepoint/sharepoint-repository';
import type { ConversationStore } from './storage/conversation-store';
import type { Db } from './storage/database';
import type { StateStores } from './storage/state';
import type { DispatcherOptions } from './reminders/dispatcher';
import { tabFeature } from './tab/wiring';
import { yearReportTabRoute } from './year-report/tab-route';
import type { TabFeature } from './tab';
import { createUnanswered, type Unanswered } from './unanswered';

/** What the composition root hands every capability. */
export interface FeatureContext {
  db: Db;
  log: Logger;
  clock: Clock;
  conversations: ConversationStore;
  /** Proactive sends; bound to the Teams app once it exists. */
  sender: MessageSender;
  /** Every kind of state behind its port (SQLite or Azure Table Storage). */
  state: StateStores;
  reminders?: DispatcherOptions;
  onReminderWindow?: (ms: number) => void;
  /** How much of each knowledge file is read; tests shrink it (default READ_LIMITS). */
  readLimits?: ReadLimits;
  /** The bot's own address once it listens (links to what it serves); default from HOST and PORT. */
  baseUrl?: () => string;
}

/** Capabilities plus their background work and readiness checks, which the service runs. */
export interface BuiltFeatures extends Feature {
  /** The live plan every capability reads. */
  plan: LivePlan;
  /** Re-reads the plan now and tells coordinators about changed problems; joins a poll in flight. */
  refreshPlan(): Promise<void>;
  readiness: ReadinessCheck[];
  /** Extra POST routes, e.g. the reminder trigger for an external scheduler. */
  routes: Array<{ path: string; handler: HttpRouteHandler }>;
  /** Extra GET routes, e.g. local mode's report downloads. */
  getRoutes: Array<{ path: string; handler: GetHandler }>;
  /** The yearly report (chat `rapport`; the tab's button calls `save` too). */
  yearReports: YearReports;
  /** The Teams tab "Handlingsplan": its API routes and who may use them. */
  tab: TabFeature;
  /** Questions without a good answer: the recorder, the tab route, retention and the weekly digest. */
  unanswered: Unanswered;
  /** The municipality's curated answers and staff words, re-read with the plan. */
  curated: LiveCurated;
  /** Curated answers past their review date on `now`'s Oslo day, for the coordinators' weekly digest. */
  curatedDueForReview(now: Date): CuratedDue[];
  start(): void;
  /** Resolves once the first load of the documents after start() has ended (loaded or failed). */
  documentsLoaded(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The folder source, with "what changed" counted from the files themselves: the loader builds
 * a fresh index each time and would call every document new.
 */
function countingFolderSource(dir: string, log: Logger, limits?: ReadLimits): KnowledgeSource {
  const source = folderSource(dir, log, limits);
  const isKnowledgeFile = (name: string) =>
    SUPPORTED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && !/^(\.|~\$|readme\.)/i.test(name);
  const changes = new FolderChanges(dir, isKnowledgeFile);
  return {
    async load() {
      const loaded = await source.load();
      return { ...loaded, ...(await changes.diff()) };
    },
  };
}

function knowledgeSource(config: Config, ctx: FeatureContext): KnowledgeSource {
  const log = ctx.log.child('knowledge');
  if (config.knowledgeSource === 'local') return countingFolderSource(config.knowledgeDir, log, ctx.readLimits);
  const sync = new SharePointKnowledgeSync({
    graph: graphConnection(config),
    db: ctx.db,
    siteId: config.sharepointSiteId ?? '',
    ...(config.sharepointDriveId ? { driveId: config.sharepointDriveId } : {}),
    folder: config.sharepointKnowledgeFolder ?? '',
    log,
    clock: ctx.clock,
    ...(ctx.readLimits ? { limits: ctx.readLimits } : {}),
  });
  return sharePointSource(sync);
}

/**
 * The live plan from PLAN_SOURCE, read once before the bot starts. With the SharePoint lists, the
 * plan file (when it can be read) still gives the municipality's name, title and contacts.
 */
async function livePlan(config: Config, log: FeatureContext['log']): Promise<LivePlan> {
  let base: Pick<Plan, 'municipality' | 'title' | 'contacts'> & { period?: string } = { municipality: 'Kommunen', title: 'Handlingsplan mot vold i nære relasjoner', contacts: [] };
  if (config.planSource === 'sharepoint') {
    try {
      const file = loadPlan(config.planFile);
      base = { municipality: file.municipality, title: file.title, contacts: file.contacts, ...(file.period ? { period: file.period } : {}) };
    } catch (err) {
      if (!(err instanceof PlanFileError)) throw err;
      log.warn('PLAN_FILE not usable for the municipality and contacts; using defaults');
    }
  }
  const plan = new LivePlan(configuredPlanSource(config, base), log.child('plan'), { extraCoordinators: config.coordinators, initial: base });
  await plan.load();
  return plan;
}

/** Wires the capabilities from config: answers, status approvals, and their background work. */
export async function buildFeatures(config: Config, ctx: FeatureContext): Promise<BuiltFeatures> {
  const plan = await livePlan(config, ctx.log);
  // Curated answers and staff words live with the plan (files, or lists in its site); every question uses them.
  const curated = new LiveCurated(configuredCuratedSource(config, () => graphConnection(config)), ctx.log.child('curated'));
  // The bot listens before the documents are indexed (start() loads them): a large or hostile
  // library must not keep it from answering /healthz, emergencies and everything else.
  const knowledge = new LiveKnowledge(knowledgeSource(config, ctx), ctx.log.child('knowledge'), () => curated.data);
  let loading: Promise<void> | undefined;
  const firstLoad = async () => {
    const first = await knowledge.refresh();
    for (const f of first.failed) ctx.log.warn(`knowledge file skipped: ${f.name}: ${f.reason}`);
  };
  const isCoordinator = (p: { aadObjectId: string }) => plan.coordinators.some((c) => c.aadObjectId === p.aadObjectId);

  // Questions without a good answer: masked, without the asker, for the coordinators' tab and digest.
  const unanswered = createUnanswered(config, {
    store: ctx.state.unanswered, once: ctx.state.once, knows: (word) => knowledge.knows(word), coordinators: () => plan.coordinators,
    conversations: ctx.conversations, sender: ctx.sender, clock: ctx.clock, log: ctx.log,
    baseUrl: ctx.baseUrl ?? (() => `http://${config.host}:${config.port}`),
    curatedDue: (now) => curated.dueForReview(now),
  });
  const ask = askFeature({ kb: knowledge, contacts: plan.contacts, feedback: ctx.state.feedback, clock: ctx.clock, log: ctx.log, unanswered: unanswered.recorder });
  // Measures live in the SharePoint list when one is configured, else beside the other state.
  const local = config.sharepointSiteId ? undefined : await ctx.state.measures(plan);
  const repo = local ?? configuredMeasureRepository(config, ctx.db, plan);
  // Measures added to the plan while the bot runs get their status rows.
  if (local) plan.onChange((p) => void local.seedFromPlan(p));
  const problems = planProblemsFeature({ plan, more: () => curated.problems, cards: ctx.state.problemCards, conversations: ctx.conversations, sender: ctx.sender, clock: ctx.clock, log: ctx.log });
  const measures = createMeasures({ ledger: ctx.state.decisions, outboxStore: ctx.state.outbox, repo, plan, clock: ctx.clock, log: ctx.log });
  const report = reportFeature({
    service: measures.service,
    ledger: measures.ledger,
    plan,
    conversations: ctx.conversations,
    approvals: ctx.state.approvals,
    sender: ctx.sender,
    clock: ctx.clock,
    log: ctx.log,
    outbox: measures.outbox,
  });
  // The lists' columns, before the bot listens: a missing required column refuses the start.
  const sharepoint = repo instanceof SharePointMeasureRepository
    ? new SharePointHealth({ repo, outbox: measures.outbox, worker: measures.worker, notices: report.notices, once: ctx.state.once, clock: ctx.clock, log: ctx.log.child('sharepoint') })
    : undefined;
  await sharepoint?.start();
  const admin = knowledgeAdminFeature({ knowledge, isCoordinator, log: ctx.log });
  const yearReports = createYearReports(config, {
    plan, repo, ledger: ctx.state.decisions, reminders: ctx.state.reminderLedger, clock: ctx.clock, log: ctx.log,
    baseUrl: ctx.baseUrl ?? (() => `http://${config.host}:${config.port}`),
  });
  const yearReport = yearReportFeature({ isCoordinator, save: yearReports.save, clock: ctx.clock, log: ctx.log });
  const statuses = new MeasureStatusCache(repo, (id) => plan.measures.find((m) => m.id === id)?.status, ctx.log);
  const reminders = createReminders({
    ledger: ctx.state.reminderLedger,
    subscriptions: ctx.state.subscriptions,
    ...(ctx.reminders ? { options: ctx.reminders } : {}),
    ...(ctx.onReminderWindow ? { onWindow: ctx.onReminderWindow } : {}),
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
    // Every instance syncs on the same schedule; the first to claim this run's minute reports.
    const run = `knowledge-sync ${ctx.clock.now().toISOString().slice(0, 16)}`;
    const r = await knowledge.refresh();
    ctx.log.info(`knowledge synced: ${r.documents} documents, ${r.changed} changed, ${r.removed} removed, ${r.failed.length} failed`);
    if ((r.failed.length > 0 || r.unavailable) && (await ctx.state.once.first(run, ctx.clock.now()))) {
      await reportFailures(r, { coordinators: plan.coordinators, conversations: ctx.conversations, sender: ctx.sender, log: ctx.log });
    }
  };

  const readiness: ReadinessCheck[] = [
    { name: 'index', check: () => knowledge.loaded && knowledge.size.chunks > 0 },
    { name: 'plan', check: () => plan.loaded },
    ...(sharepoint ? [sharepoint.readiness] : []),
  ];
  // Re-read the plan (file or lists) and tell coordinators about its problems.
  let planTimer: NodeJS.Timeout | undefined;
  let planRun: Promise<void> | undefined;
  const planTick = (): Promise<void> =>
    (planRun ??= plan.refresh().then(() => curated.refresh()).then(() => problems.notify()).catch((err) => ctx.log.error('plan refresh failed', err))
      // The lists' columns again, and parked status writes whose time came or whose cause was fixed.
      .then(() => sharepoint?.poll()).catch((err) => ctx.log.error('SharePoint check failed', err))
      .finally(() => (planRun = undefined)));
  if (config.sharepointSiteId) {
    const graph = graphConnection(config);
    const site = `/sites/${encodeURIComponent(config.sharepointSiteId)}`;
    readiness.push({ name: 'graph', check: async () => Boolean(await graph.client.api(site).select('id').get()) });
  }

  const tab = tabFeature(config, { plan, repo, ledger: measures.ledger, curated, isCoordinator, clock: ctx.clock, log: ctx.log });
  return {
    ...mergeFeatures(ask, report, admin, reminders.feature, problems, yearReport),
    plan,
    refreshPlan: planTick,
    readiness,
    routes: [{ path: '/api/reminders/run', handler: reminders.triggerHandler(config.reminderTriggerSecret) }],
    getRoutes: yearReports.getRoutes,
    yearReports,
    tab: { ...tab, routes: [...tab.routes, unanswered.tabRoute, yearReportTabRoute({ save: yearReports.save, clock: ctx.clock })] },
    unanswered,
    curated,
    curatedDueForReview: (now) => curated.dueForReview(now),
    start: () => {
      // The first reading of the curated answers belongs to the first load: questions use both.
      loading ??= Promise.all([firstLoad().catch((err) => ctx.log.error('knowledge load failed', err)), curated.refresh()]).then(() => undefined);
      measures.worker.start();
      report.start();
      statuses.start();
      reminders.start();
      unanswered.start();
      planTimer ??= setInterval(() => void planTick(), config.planPollSeconds * 1000);
      planTimer.unref();
      void planTick();
      if (config.knowledgeSource === 'sharepoint') {
        sync = new Cron(config.knowledgeSyncCron, { timezone: 'Europe/Oslo', protect: true }, () => scheduledSync().catch((err) => ctx.log.error('knowledge sync failed', err)));
      }
    },
    documentsLoaded: async () => {
      await loading;
    },
    stop: async () => {
      // A load in flight writes the SharePoint cache: let it finish before the database closes.
      await knowledge.idle();
      clearInterval(planTimer);
      await plan.stop();
      sync?.stop();
      statuses.stop();
      await reminders.stop();
      await unanswered.stop();
      await measures.worker.stop();
      await report.stop();
    },
  };
}
