import { maskPersonalData } from '../common/mask';
import { isMeasureStatus, type Measure, type MeasureStatus } from '../plan/types';
import { outcomeLabels } from '../measures/messages';
import type { StatusChange, StatusLogEntry } from '../measures/types';
import { osloDate } from '../measures/summary';

type Fields = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
/** SharePoint drops milliseconds; hand instants back in the same ISO form the rest of the app writes. */
const instant = (v: unknown): string | undefined => {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
};
const opt = <K extends string>(key: K, v: string | undefined): Partial<Record<K, string>> =>
  (v === undefined ? {} : { [key]: v }) as Partial<Record<K, string>>;

/** A Measure to list item fields (on import). */
export function measureToFields(m: Measure): Fields {
  return {
    Title: m.title,
    MeasureId: m.id,
    Status: m.status,
    StatusComment: m.statusComment ?? null,
    UpdatedBy: m.updatedBy ?? null,
    UpdatedAt: m.updatedAt ?? null,
    ApprovedBy: m.approvedBy ?? null,
    ApprovedAt: m.approvedAt ?? null,
    DecisionId: m.decisionId ?? null,
    Goal: m.goalId,
    Responsible: m.responsible,
    // Noon UTC is the same calendar day in Oslo whatever the season.
    Deadline: m.deadline ? `${m.deadline}T12:00:00Z` : null,
    TargetGroup: m.targetGroup ?? null,
    Timing: m.timing ?? null,
    Evaluation: m.evaluation ?? null,
  };
}

/** List item fields back to a Measure; a dateOnly value is read as its Oslo calendar day. */
export function fieldsToMeasure(f: Fields): Measure {
  const status: MeasureStatus = isMeasureStatus(f.Status) ? f.Status : 'Ikke startet';
  const deadline = str(f.Deadline);
  return {
    id: String(f.MeasureId ?? ''),
    title: String(f.Title ?? ''),
    goalId: String(f.Goal ?? ''),
    responsible: String(f.Responsible ?? ''),
    status,
    ...opt('deadline', deadline ? osloDate(new Date(deadline)) : undefined),
    ...opt('targetGroup', str(f.TargetGroup)),
    ...opt('timing', str(f.Timing)),
    ...opt('evaluation', str(f.Evaluation)),
    ...opt('statusComment', str(f.StatusComment)),
    ...opt('updatedBy', str(f.UpdatedBy)),
    ...opt('updatedAt', instant(f.UpdatedAt)),
    ...opt('approvedBy', str(f.ApprovedBy)),
    ...opt('approvedAt', instant(f.ApprovedAt)),
    ...opt('decisionId', str(f.DecisionId)),
  };
}

/** Only the fields the list has a column for (Title is built in): SharePoint refuses a write with one it does not know. */
export function onlyColumns(fields: Fields, columns: ReadonlySet<string>): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => k === 'Title' || columns.has(k)));
}

export function changeToFields(c: StatusChange): Fields {
  return {
    Status: c.toStatus,
    StatusComment: c.comment === undefined ? null : maskPersonalData(c.comment),
    UpdatedBy: c.updatedBy,
    UpdatedAt: c.updatedAt,
    ApprovedBy: c.approvedBy,
    ApprovedAt: c.approvedAt,
    DecisionId: c.decisionId,
  };
}

/** The Title that names a decision's log row when the list has no DecisionId column to find it by. */
export function logTitle(decisionId: string): string {
  return `Beslutning ${decisionId}`;
}

/** A status log row; `idInTitle` when the list lacks DecisionId, so the row can still be found by its decision. */
export function logToFields(e: StatusLogEntry, idInTitle = false): Fields {
  return {
    Title: idInTitle ? logTitle(e.decisionId) : `${e.measureId}: ${e.fromStatus} → ${e.toStatus}`,
    DecisionId: e.decisionId,
    ProposalId: e.proposalId,
    MeasureId: e.measureId,
    OldStatus: e.fromStatus,
    NewStatus: e.toStatus,
    Outcome: outcomeLabels[e.outcome],
    Comment: e.comment === undefined ? null : maskPersonalData(e.comment),
    ProposedBy: e.proposedBy.name,
    ProposedById: e.proposedBy.aadObjectId,
    DecidedBy: e.decidedBy.name,
    DecidedById: e.decidedBy.aadObjectId,
    DecidedAt: e.decidedAt,
  };
}

export function fieldsToLog(f: Fields): StatusLogEntry {
  const outcome = (Object.keys(outcomeLabels) as Array<keyof typeof outcomeLabels>).find((k) => outcomeLabels[k] === f.Outcome);
  const status = (v: unknown): MeasureStatus => (isMeasureStatus(v) ? v : 'Ikke startet');
  return {
    decisionId: String(f.DecisionId ?? ''),
    proposalId: String(f.ProposalId ?? ''),
    measureId: String(f.MeasureId ?? ''),
    fromStatus: status(f.OldStatus),
    toStatus: status(f.NewStatus),
    outcome: outcome ?? 'approved',
    ...opt('comment', str(f.Comment)),
    proposedBy: { name: String(f.ProposedBy ?? ''), aadObjectId: String(f.ProposedById ?? '') },
    decidedBy: { name: String(f.DecidedBy ?? ''), aadObjectId: String(f.DecidedById ?? '') },
    decidedAt: instant(f.DecidedAt) ?? '',
  };
}
