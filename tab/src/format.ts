/** Dates as people in Norway write them (dd.mm.åååå), times in Europe/Oslo. */

/** "31.12.2025" for "2025-12-31". */
export function dateNo(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : ymd;
}

const OSLO = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

/** "02.11.2026 kl. 11:00" for an ISO instant, in Oslo time. */
export function dateTimeNo(iso: string): string {
  const parts = Object.fromEntries(OSLO.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}:${parts.minute}`;
}

export const OUTCOME_NO = { approved: 'Godkjent', rejected: 'Avvist' } as const;
