import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../../common/clock';
import { maskPersonalData } from '../../common/mask';
import { RepositoryUnavailableError, messages, type DecisionLedger, type Outbox, type Proposal, type StatusService } from '../../measures';
import { osloDate } from '../../measures/summary';
import type { Person, Plan } from '../../plan/types';
import type { ApprovalMessageStore } from '../../storage/approval-messages';
import type { ConversationStore } from '../../storage/conversation-store';
import { cardAttachment } from '../cards';
import { escapeMarkdown, md } from '../markdown';
import type { Feature } from '../features';
import type { MessageSender } from '../message-sender';
import type { InvokeCtx, VerbResult } from '../routes/card-action';
import type { MessageCtx } from '../routes/message';
import { approvalCard, statusFormCard, summaryCard, type ApprovalView } from './cards';
import { OutcomeNotices } from './notices';
import { decidedDetail, DecisionNotifier } from './notify';

export const REPORT_TEXTS = {
  noMeasures: 'Du står ikke som ansvarlig for noen tiltak. Spør koordinatoren hvis dette er feil.',
  personalOnly: 'Statusforslag lages i personlig chat med assistenten, ikke i kanaler.',
  badData: 'Handlingen inneholdt ugyldige data. Ingenting er endret.',
  noSender: 'Jeg kunne ikke se hvem du er. Ingenting er endret.',
  noCoordinatorReached: ' Ingen koordinator har åpnet chat med assistenten ennå; de ser forslaget når de skriver «forslag».',
  noPending: 'Ingen forslag venter på godkjenning.',
  /** `status 1.2` from someone who does not own 1.2: whose it is, by name, and who may propose. */
  someoneElses: (id: string, title: string, owners: string[]) =>
    (owners.length
      ? md`Tiltak ${id} «${title}» er ansvaret til ${LIST.format(owners)}.`
      : md`Tiltak ${id} «${title}» har ingen eiere i planen ennå.`) +
    ' Bare eierne av tiltaket og koordinatorene kan foreslå status for det.',
  chooseBoth: 'Velg både tiltak og ny status.',
  notYours: 'Du har ikke tilgang til dette forslaget.',
};

export interface ReportDeps {
  service: StatusService;
  ledger: DecisionLedger;
  plan: Pick<Plan, 'measures' | 'coordinators' | 'owners'>;
  conversations: ConversationStore;
  approvals: ApprovalMessageStore;
  sender: MessageSender;
  clock: Clock;
  log: ILogger;
  /** The outbox whose late outcomes (refused, written after all, conflict) people are told about. */
  outbox?: Outbox;
}

/**
 * The verified sender of an activity; card data never says who someone is. The display name is
 * masked like any text: it is stored (proposals, decisions, SharePoint) and some hold a phone number.
 */
export function senderOf(activity: { from: { aadObjectId?: string; name?: string } }): Person | undefined {
  const id = activity.from.aadObjectId;
  return id ? { aadObjectId: id, name: maskPersonalData(activity.from.name ?? 'Ukjent') } : undefined;
}

const LIST = new Intl.ListFormat('nb', { type: 'conjunction' });

/** The names of a measure's owners, each with the role that makes them one ("Ola Hansen (Skolene)"). */
function ownerNames(plan: Pick<Plan, 'owners'>, measureId: string): string[] {
  return [...new Set(plan.owners.filter((r) => r.measures.includes(measureId)).flatMap((r) => r.members.map((p) => `${p.name} (${r.role})`)))];
}

/**
 * An invoke reply from the service's texts: plain words with values in them, some of them card
 * data, so the whole text is escaped (the words hold nothing markdown reads; test/bot/report-text).
 */
const reply = (message: string): VerbResult => ({ message: escapeMarkdown(message) });

function text(value: unknown, max: number): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' && value.length <= max ? value : null;
}

/** What the report capability gives the composition root besides its commands and verbs. */
export interface ReportFeature extends Feature {
  offerStatusForm(who: Person, measureIds: string[]): Promise<void>;
  /** Notices to coordinators (SharePoint health uses it too). */
  notices: OutcomeNotices;
  /** Completes decision notifications a crash left owed, now and every minute. */
  start(): void;
  stop(): Promise<void>;
}

/** Status proposals in chat, approval by coordinators on cards, and the overview. */
export function reportFeature(deps: ReportDeps): ReportFeature {
  const log = deps.log.child('report');
  const title = (id: string) => deps.plan.measures.find((m) => m.id === id)?.title ?? '';
  const refreshIds = async () =>
    (await Promise.all(deps.plan.coordinators.map(async (c) => (await deps.conversations.personalChatOf(c.aadObjectId))?.userId))).filter((x): x is string => !!x);
  const card = async (p: Proposal, view: ApprovalView) => approvalCard(p, title(p.measureId), view, await refreshIds());
  const notifier = new DecisionNotifier({
    ...deps, log,
    decidedCard: (p, decision, detail) => card(p, { kind: 'decided', decision, ...(detail ? { detail } : {}) }),
  });
  const notices = new OutcomeNotices({ coordinators: () => deps.plan.coordinators, conversations: deps.conversations, sender: deps.sender, log });
  deps.outbox?.subscribe(notices);

  async function sendToCoordinators(p: Proposal): Promise<number> {
    let reached = 0;
    const actionable = await card(p, { kind: 'actionable' });
    for (const c of deps.plan.coordinators) {
      const ref = await deps.conversations.personalChatOf(c.aadObjectId);
      if (!ref) continue;
      const res = await deps.sender.send(ref, { type: 'message', attachments: [cardAttachment(actionable)] });
      if (res.kind === 'sent') {
        reached++;
        if (res.activityId) await deps.approvals.add({ proposalId: p.id, conversationId: ref.conversationId, activityId: res.activityId });
      } else log.warn(`approval card not delivered to a coordinator (${res.kind})`);
    }
    return reached;
  }

  async function withRepository<T>(ctx: MessageCtx, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof RepositoryUnavailableError)) throw err;
      await ctx.send(messages.unavailable);
      return undefined;
    }
  }

  async function status(ctx: MessageCtx, args: string): Promise<void> {
    const me = senderOf(ctx.activity);
    if (ctx.activity.conversation.conversationType && ctx.activity.conversation.conversationType !== 'personal') return void (await ctx.send(REPORT_TEXTS.personalOnly));
    if (!me) return void (await ctx.send(REPORT_TEXTS.noSender));
    const measures = await withRepository(ctx, () => deps.service.measuresFor(me));
    if (!measures) return;
    const wanted = args.trim();
    if (wanted && !measures.some((m) => m.id === wanted)) {
      // Not one of theirs: say whose it is when it exists, so an owner knows whom to ask.
      const other = deps.plan.measures.find((m) => m.id === wanted);
      return void (await ctx.send(other ? REPORT_TEXTS.someoneElses(other.id, other.title, ownerNames(deps.plan, other.id)) : messages.unknownMeasure(escapeMarkdown(wanted.slice(0, 20)))));
    }
    if (measures.length === 0) return void (await ctx.send(REPORT_TEXTS.noMeasures));
    await ctx.send({ type: 'message', attachments: [cardAttachment(statusFormCard(measures, wanted || undefined, deps.service.isCoordinator(me)))] });
  }

  async function overview(ctx: MessageCtx): Promise<void> {
    const now = deps.clock.now();
    const summary = await withRepository(ctx, () => deps.service.summary(now));
    if (summary) await ctx.send({ type: 'message', attachments: [cardAttachment(summaryCard(summary, osloDate(now)))] });
  }

  async function pending(ctx: MessageCtx): Promise<void> {
    const me = senderOf(ctx.activity);
    if (!me || !deps.service.isCoordinator(me)) return void (await ctx.send(messages.forbidden));
    const waiting = await deps.ledger.pendingProposals();
    if (waiting.length === 0) return void (await ctx.send(REPORT_TEXTS.noPending));
    for (const p of waiting) {
      const sent = await ctx.send({ type: 'message', attachments: [cardAttachment(await card(p, { kind: 'actionable' }))] });
      // Remembered like the first copy, so a decision made on any copy updates this one too.
      if (sent.id) await deps.approvals.add({ proposalId: p.id, conversationId: ctx.activity.conversation.id, activityId: sent.id });
    }
  }

  async function propose(ctx: InvokeCtx, data: Record<string, unknown>): Promise<VerbResult> {
    const me = senderOf(ctx.activity);
    if (!me) return { message: REPORT_TEXTS.noSender };
    const measureId = text(data.measureId, 40);
    const status = text(data.status, 100);
    const comment = text(data.comment, 10_000);
    if (measureId === null || status === null || comment === null) return { message: REPORT_TEXTS.badData };
    if (!measureId || !status) return { message: REPORT_TEXTS.chooseBoth };
    const result = await deps.service.propose({ measureId, status, ...(comment ? { comment } : {}), proposer: me }, deps.clock.now());
    if (result.kind !== 'proposed') return reply(result.message);
    const reached = await sendToCoordinators(result.proposal);
    log.info(`proposal sent to ${reached} coordinator(s)`);
    // The form the owner sent from becomes their receipt; it is updated with the decision like every copy.
    const receipt = ctx.activity.replyToId;
    if (receipt) await deps.approvals.add({ proposalId: result.proposal.id, conversationId: ctx.activity.conversation.id, activityId: receipt });
    if (reached === 0) return reply(result.message + REPORT_TEXTS.noCoordinatorReached);
    return { card: await card(result.proposal, { kind: 'read-only' }) };
  }

  function decideVerb(approve: boolean) {
    return async (ctx: InvokeCtx, data: Record<string, unknown>): Promise<VerbResult> => {
      const me = senderOf(ctx.activity);
      const proposalId = text(data.proposalId, 100);
      const comment = text(data.decisionComment, 10_000);
      if (!proposalId || comment === null) return { message: REPORT_TEXTS.badData };
      if (!me) return { message: messages.forbidden };
      const result = await deps.service.decide({ proposalId, approve, ...(comment ? { comment } : {}), decider: me }, deps.clock.now());
      const proposal = await deps.ledger.proposal(proposalId);
      if (!proposal || result.kind === 'forbidden' || result.kind === 'invalid') return reply(result.message);
      if (result.kind === 'stale') return { card: await card(proposal, { kind: 'stale' }) };
      const clicked = ctx.activity.replyToId;
      if (result.kind === 'already-decided') {
        // A crash may have cut the first click's messages short: a re-click finishes them.
        await notifier.complete(proposal.id, clicked ? { clicked } : {});
        return { card: await card(proposal, { kind: 'decided', decision: result.decision }) };
      }
      const detail = decidedDetail(proposal, result);
      const decided = await card(proposal, { kind: 'decided', decision: result.decision, ...(detail ? { detail } : {}) });
      await notifier.complete(proposal.id, { result, card: decided, ...(clicked ? { clicked } : {}) });
      return { card: decided };
    };
  }

  async function refresh(ctx: InvokeCtx, data: Record<string, unknown>): Promise<VerbResult> {
    const proposalId = text(data.proposalId, 100);
    const proposal = proposalId ? await deps.ledger.proposal(proposalId) : undefined;
    if (!proposal) return { message: messages.unknownProposal };
    // A proposal id in card data proves nothing: only its proposer and coordinators may see it.
    const me = senderOf(ctx.activity);
    const coordinator = me !== undefined && deps.service.isCoordinator(me);
    if (!coordinator && me?.aadObjectId !== proposal.proposer.aadObjectId) return { message: REPORT_TEXTS.notYours };
    const decision = await deps.ledger.decisionFor(proposal.id);
    if (decision) return { card: await card(proposal, { kind: 'decided', decision }) };
    if (proposal.state === 'stale') return { card: await card(proposal, { kind: 'stale' }) };
    return { card: await card(proposal, { kind: coordinator ? 'actionable' : 'read-only' }) };
  }

  /** After "Marker som gjort" on a reminder: offer the status form for its measures in the user's chat. */
  async function offerStatusForm(who: Person, measureIds: string[]): Promise<void> {
    const ref = await deps.conversations.personalChatOf(who.aadObjectId);
    if (!ref || measureIds.length === 0) return;
    const mine = (await deps.service.measuresFor(who)).filter((m) => measureIds.includes(m.id));
    if (mine.length === 0) return;
    const form = statusFormCard(mine, mine[0]?.id, deps.service.isCoordinator(who));
    const res = await deps.sender.send(ref, { type: 'message', attachments: [cardAttachment(form)] });
    if (res.kind !== 'sent') log.warn(`could not offer the status form after a reminder (${res.kind})`);
  }

  return {
    offerStatusForm,
    notices,
    start: () => notifier.start(),
    stop: () => notifier.stop(),
    commands: { status, oversikt: overview, forslag: pending },
    verbs: { 'measure.propose': propose, 'measure.approve': decideVerb(true), 'measure.reject': decideVerb(false), 'measure.refresh': refresh },
  };
}
