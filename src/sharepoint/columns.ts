import { MEASURE_STATUSES } from '../plan/types';
import { outcomeLabels } from '../measures/messages';

/** A Graph columnDefinition as we create it: a name plus one type facet. */
export interface ColumnDefinition {
  name: string;
  displayName?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number };
  choice?: { choices: string[]; displayAs: 'dropDownMenu'; allowTextEntry?: boolean };
  dateTime?: { format: 'dateOnly' | 'dateTime'; displayAs: 'standard' };
  number?: { decimalPlaces: 'none'; minimum?: number; maximum?: number };
  personOrGroup?: { allowMultipleSelection: boolean; chooseFromType: 'peopleOnly'; displayAs: 'nameWithPresence' };
}

/** A list we own: its display name and columns beyond the built-in Title. */
export interface ListDefinition {
  displayName: string;
  columns: ColumnDefinition[];
}

const text = (name: string, displayName: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({
  name, displayName, text: {}, ...extra,
});
const statusChoice = (name: string, displayName: string): ColumnDefinition => ({
  name, displayName, choice: { choices: [...MEASURE_STATUSES], displayAs: 'dropDownMenu' },
});
const instant = (name: string, displayName: string): ColumnDefinition => ({
  name, displayName, dateTime: { format: 'dateTime', displayAs: 'standard' },
});

/** The measures list: one item per tiltak; Title holds the measure's title. */
export const MEASURES_LIST: ListDefinition = {
  displayName: 'Measures',
  columns: [
    // Indexed, so lookups by MeasureId stay allowed on lists over the 5000-item threshold.
    text('MeasureId', 'Tiltak-ID', { indexed: true, enforceUniqueValues: true }),
    statusChoice('Status', 'Status'),
    text('StatusComment', 'Statuskommentar', { text: { allowMultipleLines: true } }),
    text('UpdatedBy', 'Oppdatert av'),
    instant('UpdatedAt', 'Oppdatert'),
    text('ApprovedBy', 'Godkjent av'),
    instant('ApprovedAt', 'Godkjent'),
    // Written with every approved status: a retried write recognises its own earlier success.
    text('DecisionId', 'Beslutnings-ID'),
    text('Goal', 'Delmål'),
    text('Responsible', 'Ansvar'),
    { name: 'Deadline', displayName: 'Frist', dateTime: { format: 'dateOnly', displayAs: 'standard' } },
    // The plan's own words for a measure (issue 11): coordinators edit them in SharePoint's form.
    text('TargetGroup', 'Målgruppe', { text: { allowMultipleLines: true } }),
    text('Timing', 'Tidsrom'),
    text('Evaluation', 'Evaluering', { text: { allowMultipleLines: true } }),
    // People who may propose status; read as Entra object ids through their e-mail.
    { name: 'Owners', displayName: 'Eiere', personOrGroup: { allowMultipleSelection: true, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' } },
  ],
};

/** The goals list: one item per delmål; Title holds the goal's title. */
export const GOALS_LIST: ListDefinition = {
  displayName: 'Goals',
  columns: [text('GoalId', 'Delmål-ID', { indexed: true, enforceUniqueValues: true })],
};

/** The audiences a new wheel list offers; coordinators add more as choices of the column. */
export const DEFAULT_AUDIENCES = ['alle-ledere', 'ledere-oppvekst', 'helse', 'tryggest'];

/**
 * The annual wheel: one item per activity. Timing is the plan's own words, read by the wheel
 * parser; Audience is a choice that also accepts typed values, so a typo shows up as a problem.
 */
export function wheelList(audiences: readonly string[] = DEFAULT_AUDIENCES): ListDefinition {
  return {
    displayName: 'Wheel',
    columns: [
      text('EntryId', 'Årshjul-ID', { indexed: true, enforceUniqueValues: true }),
      text('Timing', 'Tid'),
      { name: 'Audience', displayName: 'Målgruppe', choice: { choices: [...audiences], displayAs: 'dropDownMenu', allowTextEntry: true } },
      text('Measures', 'Tiltak (ID-er)'),
      text('Message', 'Melding', { text: { allowMultipleLines: true } }),
      text('Responsible', 'Ansvar'),
      { name: 'Day', displayName: 'Dag i måneden', number: { decimalPlaces: 'none', minimum: 1, maximum: 31 } },
      text('Time', 'Klokkeslett'),
    ],
  };
}

/** The status log: one item per decision, keyed by DecisionId so retries never duplicate. */
export const STATUS_LOG_LIST: ListDefinition = {
  displayName: 'StatusLog',
  columns: [
    text('DecisionId', 'Beslutnings-ID', { indexed: true, enforceUniqueValues: true }),
    text('ProposalId', 'Forslags-ID'),
    text('MeasureId', 'Tiltak-ID', { indexed: true }),
    statusChoice('OldStatus', 'Fra status'),
    statusChoice('NewStatus', 'Til status'),
    { name: 'Outcome', displayName: 'Utfall', choice: { choices: Object.values(outcomeLabels), displayAs: 'dropDownMenu' } },
    text('Comment', 'Kommentar', { text: { allowMultipleLines: true } }),
    text('ProposedBy', 'Foreslått av'),
    text('ProposedById', 'Foreslått av (objekt-ID)'),
    text('DecidedBy', 'Besluttet av'),
    text('DecidedById', 'Besluttet av (objekt-ID)'),
    instant('DecidedAt', 'Besluttet'),
  ],
};
