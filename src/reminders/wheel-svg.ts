/**
 * The annual wheel as SVG, the way leaders know it from planning tools: twelve month segments
 * clockwise from January at the top, each with its name and its number of activities (darker
 * with more), the current month filled, today marked in red, and the period in the middle.
 * Pure: the same input always gives the same picture. wheel-image.ts renders it to PNG.
 */

export const MONTH_SHORT_NB = ['Jan', 'Feb', 'Mar', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Des'];

export interface WheelMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** Wheel entries in that month. */
  count: number;
}

export interface WheelPicture {
  /** Twelve consecutive months, the current month first. */
  months: WheelMonth[];
  /** Today, YYYY-MM-DD (Oslo): its month is highlighted and the hand points at its day. */
  today: string;
}

/** The font family the SVG asks for; wheel-image.ts ships it. */
export const WHEEL_FONT = 'Inter';

const SIZE = 320;
const C = SIZE / 2;
const OUTER = 152;
const INNER = 62;
const INK = '#242424';
const CURRENT = '#464775'; // Teams purple, dark: the month we are in
const TODAY = '#C4314B';
/** Fill by number of activities: none, one, two, three or more. */
const SHADES = ['#F5F5F5', '#E2E3F3', '#C9CAEA', '#AEB0DE'];

const round = (n: number) => Math.round(n * 100) / 100;

/** The point at `radius` and `turn` (0–1, clockwise from 12 o'clock). */
function at(radius: number, turn: number): [number, number] {
  const a = turn * 2 * Math.PI;
  return [round(C + Math.sin(a) * radius), round(C - Math.cos(a) * radius)];
}

function segment(month: number): string {
  const [from, to] = [(month - 1) / 12, month / 12];
  const [ox1, oy1] = at(OUTER, from);
  const [ox2, oy2] = at(OUTER, to);
  const [ix2, iy2] = at(INNER, to);
  const [ix1, iy1] = at(INNER, from);
  return `M${ox1} ${oy1}A${OUTER} ${OUTER} 0 0 1 ${ox2} ${oy2}L${ix2} ${iy2}A${INNER} ${INNER} 0 0 0 ${ix1} ${iy1}Z`;
}

function text(x: number, y: number, content: string, size: number, weight: number, fill: string): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="middle" dominant-baseline="central">${content}</text>`;
}

/** How far through the year `ymd` is, 0–1, by month and day. */
function yearTurn(ymd: string): number {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (m - 1 + (d - 0.5) / days) / 12;
}

/** "2026–27" for a window across New Year, else "2026"; and "nov.–okt." or "jan.–des.". */
export function periodLabel(months: WheelMonth[]): { years: string; span: string } {
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const years = first.year === last.year ? String(first.year) : `${first.year}–${String(last.year).slice(2)}`;
  const short = (m: WheelMonth) => `${MONTH_SHORT_NB[m.month - 1]!.toLowerCase()}.`;
  return { years, span: `${short(first)}–${short(last)}` };
}

export function wheelSvg(p: WheelPicture): string {
  const current = p.months[0]!;
  const parts: string[] = [`<rect width="${SIZE}" height="${SIZE}" fill="#FFFFFF"/>`];
  for (const m of p.months) {
    const fill = m === current ? CURRENT : SHADES[Math.min(m.count, SHADES.length - 1)];
    parts.push(`<path d="${segment(m.month)}" fill="${fill}" stroke="#FFFFFF" stroke-width="2.5"/>`);
  }
  // Today: a red tick at the hub and a red dot on the rim. Both stay clear of the month's name
  // and count, which sit mid-month, right where the hand would often cross them.
  const turn = yearTurn(p.today);
  const [hx1, hy1] = at(INNER - 7, turn);
  const [hx2, hy2] = at(INNER + 9, turn);
  const [dx, dy] = at(OUTER + 1, turn);
  parts.push(`<line x1="${hx1}" y1="${hy1}" x2="${hx2}" y2="${hy2}" stroke="${TODAY}" stroke-width="4" stroke-linecap="round"/>`);
  parts.push(`<circle cx="${dx}" cy="${dy}" r="6" fill="${TODAY}" stroke="#FFFFFF" stroke-width="2"/>`);
  for (const m of p.months) {
    const mid = (m.month - 0.5) / 12;
    const ink = m === current ? '#FFFFFF' : INK;
    const [lx, ly] = at(OUTER - 20, mid);
    const [cx, cy] = at(INNER + 33, mid);
    parts.push(text(lx, ly, MONTH_SHORT_NB[m.month - 1]!, 15, 600, ink));
    parts.push(text(cx, cy, String(m.count), 24, 700, m.count === 0 && m !== current ? '#8A8886' : ink));
  }
  const label = periodLabel(p.months);
  parts.push(text(C, C - 9, label.years, label.years.length > 4 ? 20 : 24, 700, CURRENT));
  parts.push(text(C, C + 15, label.span, 13, 400, INK));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" font-family="${WHEEL_FONT}">${parts.join('')}</svg>`;
}
