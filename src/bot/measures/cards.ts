import { formatDateNo } from '../../common/dates';
import type { Decision, Proposal, StatusSummary } from '../../measures';
import { osloDateTime } from '../../measures/messages';
import { MEASURE_STATUSES, type Measure } from '../../plan/types';
import { renderCard } from '../cards';

/** The status form: the user's measures with their current status, a status and a comment. */
export function statusFormCard(measures: Measure[], selected: string | undefined, coordinator: boolean) {
  return renderCard('status-form', {
    intro: coordinator ? 'Du er koordinator og ser alle tiltak.' : 'Dette er tiltakene du har ansvar for.',
    measures: measures.map((m) => ({ id: m.id, title: m.title, status: m.status })),
    selected: selected ?? '',
    statuses: [...MEASURE_STATUSES],
  });
}

export type ApprovalView =
  | { kind: 'actionable' }
  | { kind: 'read-only' }
  | { kind: 'decided'; decision: Decision; detail?: string }
  | { kind: 'stale' };

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });

/** "Godkjent av Kari Nordmann kl. 10:15" – what every copy of a decided card shows. */
export function outcomeLine(d: Decision): string {
  const verb = d.outcome === 'approved' ? 'Godkjent' : 'Avvist';
  return `${verb} av ${d.decidedBy.name} kl. ${OSLO_TIME.format(new Date(d.decidedAt))}`;
}

/**
 * The approval card in its states. Coordinators (refresh userIds) get buttons while it is
 * pending; everyone else, and everyone after a decision, sees a read-only card.
 */
export function approvalCard(p: Proposal, measureTitle: string, view: ApprovalView, refreshUserIds: string[]) {
  const decided = view.kind === 'decided' ? view.decision : undefined;
  return renderCard('approval', {
    proposalId: p.id,
    refreshUserIds,
    heading: decided ? 'Statusforslag – avgjort' : 'Forslag om ny status',
    measureId: p.measureId,
    measureTitle,
    fromStatus: p.fromStatus,
    toStatus: p.toStatus,
    comment: p.comment ?? '–',
    proposer: p.proposer.name,
    proposedAt: osloDateTime(p.createdAt),
    outcome: decided ? outcomeLine(decided) : view.kind === 'stale' ? 'Utdatert: tiltaket er endret etter forslaget' : '',
    outcomeStyle: decided?.outcome === 'approved' ? 'good' : 'attention',
    outcomeDetail: view.kind === 'decided' ? view.detail ?? decided?.comment ?? '' : '',
    actionable: view.kind === 'actionable',
    readOnlyNote: view.kind === 'read-only' ? 'Venter på godkjenning fra koordinator.' : '',
  });
}

/** An approval whose status is not in the list (yet) must not read as done. */
const WRITE_NOTE: Record<Decision['writeState'], string> = {
  pending: ' (ikke skrevet til SharePoint ennå)',
  conflict: ' (ikke utført: endret i SharePoint i mellomtiden)',
  written: '',
  'not-needed': '',
};

/** The overview: counts per goal, overdue measures, the last five decisions. `today` is YYYY-MM-DD (Oslo). */
export function summaryCard(summary: StatusSummary, today: string) {
  return renderCard('summary', {
    date: formatDateNo(today),
    goals: summary.goals.map((g) => ({
      title: g.title,
      counts: MEASURE_STATUSES.filter((s) => g.counts[s] > 0).map((s) => `${s}: ${g.counts[s]}`).join(' · ') || 'Ingen tiltak',
    })),
    overdue: summary.overdue.map((m) => ({ id: m.id, text: `${m.title} (frist ${formatDateNo(m.deadline ?? '')}, ${m.status})` })),
    decisions: summary.lastDecisions.map((d) => ({
      when: osloDateTime(d.decidedAt),
      text: `${d.measureId}: ${d.fromStatus} → ${d.toStatus}, ${d.outcome === 'approved' ? 'godkjent' : 'avvist'} av ${d.decidedBy.name}${WRITE_NOTE[d.writeState]}`,
    })),
  });
}
