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
    `Godkjent. Status «${status}» for tiltak ${id} lagres i SharePoint så snart den er tilgjengelig.`,
  rejected: (id: string) => `Forslaget for tiltak ${id} er avvist.`,
  alreadyDecided: (who: string, when: string, outcome: 'approved' | 'rejected') =>
    `Forslaget er allerede ${outcome === 'approved' ? 'godkjent' : 'avvist'} av ${who} (${osloDateTime(when)}).`,
  stale: (id: string) =>
    `Tiltak ${id} er endret etter at forslaget ble sendt. Be om et nytt forslag.`,
  conflict: (id: string, current: string) =>
    `Status ble ikke endret: noen har satt tiltak ${id} til «${current}» i SharePoint i mellomtiden.`,
} as const;

/** Norwegian labels for the status log, as shown in SharePoint. */
export const outcomeLabels = {
  approved: 'Godkjent',
  rejected: 'Avvist',
  conflict: 'Ikke utført (konflikt)',
} as const;
