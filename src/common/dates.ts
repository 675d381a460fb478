/** "30.11.2026" for "2026-11-30": how dates are written for people in Norway (dd.mm.åååå). */
export function formatDateNo(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : ymd;
}
