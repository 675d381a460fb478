/** Every user-facing text of the yearly report, in plain Norwegian Bokmål, in one place. */

/** The earliest year a report can be made for; no plan in the product is older. */
export const FIRST_REPORT_YEAR = 2000;

export const YEAR_REPORT_TEXTS = {
  notCoordinator: 'Bare koordinatorer kan lage årsrapporten.',
  badYear: (given: string) => `«${given.length > 20 ? given.slice(0, 20) + '…' : given}» er ikke et årstall. Skriv for eksempel «rapport» eller «rapport 2025».`,
  yearOutOfRange: (last: number) => `Jeg kan lage rapport for årene ${FIRST_REPORT_YEAR}–${last}. Skriv for eksempel «rapport ${last}».`,
  working: (year: number) => `Lager statusrapporten for ${year} …`,
  noStorage: 'Rapporten kan ikke lagres: SharePoint er ikke satt opp for assistenten (SHAREPOINT_SITE_ID). Be IT om å sette det opp.',
  uploadFailed: 'Rapporten ble laget, men kunne ikke lagres i SharePoint akkurat nå. Prøv igjen om litt.',
  locked: 'Rapporten for dette året er åpen hos noen i SharePoint og kan ikke erstattes nå. Lukk den og prøv igjen.',
  unavailable: 'Tiltakslisten svarer ikke akkurat nå, så rapporten ble ikke laget. Prøv igjen om litt.',
};

/** Headings, labels and sentences inside the document. */
export const DOC_TEXTS = {
  title: (year: number) => `Statusrapport ${year}`,
  madeAt: (when: string, asOf: string) => `Laget ${when} av Planassistenten. Status og frister gjelder per ${asOf}.`,
  summary: 'Sammendrag',
  goalsAndMeasures: 'Mål og tiltak',
  overdue: 'Tiltak med passert frist',
  noOverdue: 'Ingen tiltak har passert fristen uten å være fullført.',
  decisions: (year: number) => `Beslutninger om status i ${year}`,
  noDecisions: (year: number) => `Ingen beslutninger om status i ${year}.`,
  wheel: (year: number) => `Årshjulet ${year}`,
  noWheel: (year: number) => `Årshjulet har ingen aktiviteter med dato i ${year}.`,
  noMeasures: 'Ingen tiltak under dette målet.',
  columns: {
    goal: 'Mål',
    total: 'Totalt',
    measure: 'Tiltak',
    status: 'Status',
    responsible: 'Ansvarlig',
    timing: 'Tidsrom',
    comment: 'Kommentar',
    deadline: 'Frist',
    date: 'Dato',
    change: 'Endring',
    decision: 'Beslutning',
    activity: 'Aktivitet',
    done: 'Gjort',
  },
  state: { done: 'Gjort', 'not-done': 'Ikke gjort', later: 'Senere i år' } as const,
  reportsFor: (names: string[]) => `Melder status: ${names.join(', ')}`,
  proposedBy: (name: string, comment: string | undefined) => (comment ? `${name}: «${comment}»` : `Foreslått av ${name}`),
  coordinatorComment: (comment: string) => `Koordinator: «${comment}»`,
  measuresLine: (total: number, parts: string[]) => `Planen har ${total} tiltak${parts.length ? `: ${parts.join(', ')}` : ''}.`,
  overdueLine: (n: number) => (n === 0 ? 'Ingen tiltak har passert fristen.' : `${n} tiltak har passert fristen uten å være fullført.`),
  decisionsLine: (year: number, approved: number, rejected: number) =>
    approved + rejected === 0 ? `Ingen beslutninger om status i ${year}.` : `I ${year} ble ${approved} statusforslag godkjent og ${rejected} avvist.`,
  wheelLine: (done: number, notDone: number, later: number) =>
    `Årshjulet: ${done} ${done === 1 ? 'aktivitet' : 'aktiviteter'} markert som gjort, ${notDone} ikke markert som gjort${later ? `, ${later} senere i år` : ''}.`,
  footer: (municipality: string, year: number) => `${municipality} · Statusrapport ${year} · side `,
};
