/** Every user-facing text of the measures capability, in plain Norwegian Bokmål, in one place. */
import { MEASURE_STATUSES } from '../plan/types';

export const MAX_COMMENT_LENGTH = 500;

const osloTime = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** An ISO instant as people in Norway read it: "01.03.2026, 10:00". */
export function osloDateTime(iso: string): string {
  return osloTime.format(new Date(iso));
}

export const messages = {
  unknownMeasure: (id: string) => `Fant ikke tiltak ${id}.`,
  // The value is echoed cut short: it comes from the user and may be anything.
  badStatus: (value: string) =>
    `«${value.length > 40 ? value.slice(0, 40) + '…' : value}» er ikke en gyldig status. Velg en av: ${MEASURE_STATUSES.join(', ')}.`,
  commentTooLong: `Kommentaren er for lang. Bruk høyst ${MAX_COMMENT_LENGTH} tegn.`,
  notOwner: (id: string) => `Du kan bare foreslå status for tiltak du har ansvar for. Tiltak ${id} er ikke ditt.`,
  proposed: (id: string, status: string) => `Forslaget om status «${status}» for tiltak ${id} er sendt til koordinator.`,
  unavailable: 'Tiltakslisten svarer ikke akkurat nå. Prøv igjen om litt.',
  unknownProposal: 'Fant ikke forslaget. Det kan være slettet.',
  forbidden: 'Bare koordinatorer kan godkjenne eller avvise status.',
  approved: (id: string, status: string) => `Tiltak ${id} har nå status «${status}».`,
  approvedPending: (id: string, status: string) =>
    `Godkjent og lagret. Status «${status}» for tiltak ${id} blir skrevet til SharePoint så snart SharePoint svarer.`,
  approvedParked: (id: string, status: string, said: string, httpStatus?: number) =>
    `Godkjent og lagret i assistenten, men SharePoint tok ikke imot status «${status}» for tiltak ${id}. SharePoint svarte: «${said}». ${advice(said, httpStatus)}`,
  rejected: (id: string) => `Forslaget for tiltak ${id} er avvist.`,
  alreadyDecided: (who: string, when: string, outcome: 'approved' | 'rejected') =>
    `Forslaget er allerede ${outcome === 'approved' ? 'godkjent' : 'avvist'} av ${who} (${osloDateTime(when)}).`,
  stale: (id: string) =>
    `Tiltak ${id} er endret etter at forslaget ble sendt. Be om et nytt forslag.`,
  conflict: (id: string, current: string) =>
    `Status ble ikke endret: noen har satt tiltak ${id} til «${current}» i SharePoint i mellomtiden.`,
  /** The conflict when the current status is no longer at hand (told after a restart). */
  conflictLater: (id: string) => `Status ble ikke endret: tiltak ${id} ble endret i SharePoint i mellomtiden.`,
  recovered: (id: string, status: string) => `Status «${status}» for tiltak ${id} er nå skrevet til SharePoint.`,
  lateConflict: (id: string, proposed: string, current: string) =>
    `Status «${proposed}» for tiltak ${id} ble godkjent, men ikke skrevet: noen har satt tiltaket til «${current}» i SharePoint i mellomtiden. Be om et nytt forslag om det trengs.`,
} as const;

/** What was and was not saved when SharePoint refused a decision's write for good. */
export interface RefusedWrite {
  measureId: string;
  toStatus: string;
  /** False for a rejection: only its log row was to be written. */
  approved: boolean;
  /** What SharePoint said, e.g. "HTTP 403 accessDenied: Access denied". */
  said: string;
  httpStatus?: number;
  saved: { status: boolean; log: boolean };
}

/** The notice coordinators and the proposer get: what SharePoint said, what was and was not saved, what to do. */
export function refusedWriteNotice(r: RefusedWrite): string {
  const savedParts = [r.approved ? 'godkjenningen (i assistenten)' : 'avslaget (i assistenten)'];
  const notSaved: string[] = [];
  if (r.approved) (r.saved.status ? savedParts : notSaved).push(`statusen «${r.toStatus}» i tiltakslisten`);
  (r.saved.log ? savedParts : notSaved).push('raden i statusloggen');
  const what = r.approved ? `Status «${r.toStatus}» for tiltak ${r.measureId}` : `Avslaget for tiltak ${r.measureId}`;
  return [
    `${what} ble ikke skrevet ferdig til SharePoint. SharePoint svarte: «${r.said}».`,
    `Lagret: ${list(savedParts)}. Ikke lagret: ${list(notSaved)}.`,
    `Gjør dette: ${advice(r.said, r.httpStatus)}`,
  ].join(' ');
}

/** What to do about a refusal, by HTTP status and SharePoint's words; ends with what happens next. */
export function advice(said: string, httpStatus?: number): string {
  const then = 'Statusen skrives av seg selv når feilen er rettet; ingen omstart trengs.';
  if (/not recognized/i.test(said)) {
    return `En kolonne mangler i listen. Gi appen rollen «manage» på SharePoint-området, så legger assistenten den til selv, eller kjør «npm run provision:sharepoint» (se installasjonsveiledningen, steg 4). ${then}`;
  }
  if (/not a valid choice/i.test(said)) return `Statusen finnes ikke som valg i kolonnen. Legg den til som valg i listen i SharePoint. ${then}`;
  if (httpStatus === 401) return `Appen fikk ikke logge inn. Be IT-ansvarlig sjekke klienthemmeligheten (se driftsveiledningen). ${then}`;
  if (httpStatus === 403) {
    return `Appen har ikke skrivetilgang til SharePoint-området. Be IT-ansvarlig gi appen rollen «write» med Sites.Selected (se installasjonsveiledningen, steg 4). ${then}`;
  }
  if (httpStatus === 404) return `Listen eller tiltaket finnes ikke i SharePoint. Sjekk at tiltaket står i tiltakslisten. ${then}`;
  return `Be IT-ansvarlig se på feilen. ${then}`;
}

function list(parts: string[]): string {
  if (parts.length === 0) return 'ingenting';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

/** Norwegian labels for the status log, as shown in SharePoint. */
export const outcomeLabels = {
  approved: 'Godkjent',
  rejected: 'Avvist',
  conflict: 'Ikke utført (konflikt)',
} as const;
