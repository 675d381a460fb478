/**
 * The plan model: what a municipality's action plan says, as the product needs it.
 * Loaded from PLAN_FILE (YAML or JSON); see data/eksempel-kommune/plan.yaml for a full example.
 */

/** The five status values, exactly as users see them. */
export const MEASURE_STATUSES = ['Ikke startet', 'Pågår', 'Fullført', 'Forsinket', 'Avbrutt'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return typeof value === 'string' && (MEASURE_STATUSES as readonly string[]).includes(value);
}

/** A sub-goal (delmål, innsatsområde, satsingsområde). */
export interface Goal {
  id: string;
  title: string;
}

/** A measure (tiltak) and its current status. */
export interface Measure {
  /** As written in the plan, e.g. "3.2.1" or "T12". */
  id: string;
  title: string;
  goalId: string;
  targetGroup?: string;
  /** A role or unit, never a person: "TryggEst-teamet", "Virksomhetsledere i skole". */
  responsible: string;
  /** The plan's own timing text, e.g. "Feb/mars og påminnelse i sept/okt". */
  timing?: string;
  /** YYYY-MM-DD, when the plan sets one. */
  deadline?: string;
  evaluation?: string;
  status: MeasureStatus;
  statusComment?: string;
  updatedBy?: string;
  /** ISO 8601 instant. */
  updatedAt?: string;
  approvedBy?: string;
  /** ISO 8601 instant. */
  approvedAt?: string;
  /** The decision that set the current status through the bot; recognises our own earlier write. */
  decisionId?: string;
}

/** A person the bot knows by their Entra object id (aadObjectId). */
export interface Person {
  aadObjectId: string;
  name: string;
}

/** Who may propose status for which measures: a named role mapped to people. */
export interface OwnerRole {
  role: string;
  members: Person[];
  /** Measure ids this role may propose status for. */
  measures: string[];
}

/** A contact shown when the documents do not answer, or in the emergency block. */
export interface Contact {
  name: string;
  phone?: string;
  /** When to call, in a few words. */
  when?: string;
}

/**
 * When a wheel entry happens. Exactly one of: fixed months, a deadline, or the plan's own
 * free text (parsed by the wheel parser; unresolved text is reported, never dropped).
 */
export type WheelTiming =
  | { kind: 'months'; months: number[]; every?: number; firstYear?: number; day?: number; time?: string }
  | { kind: 'deadline'; deadline: string; time?: string }
  | { kind: 'text'; text: string; day?: number; time?: string };

/** One activity of the annual wheel (årshjul). */
export interface WheelEntry {
  id: string;
  title: string;
  /** What to do, in one or two short sentences. */
  todo: string;
  /** Linked measure ids. */
  measures: string[];
  /** Audience key that channels subscribe to, e.g. "ledere-oppvekst", "tryggest", "alle-ledere". */
  audience: string;
  /** Who is responsible, as a role. */
  responsible?: string;
  timing: WheelTiming;
}

export interface Plan {
  municipality: string;
  title: string;
  period?: string;
  goals: Goal[];
  measures: Measure[];
  owners: OwnerRole[];
  coordinators: Person[];
  contacts: Contact[];
  wheel: WheelEntry[];
  /** Audience keys channels may subscribe to, when the plan declares them. */
  audiences?: string[];
}
