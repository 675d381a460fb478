import { PNG } from 'pngjs';
import { drawText } from './pixel-font';

export const MONTH_ABBR_NB = ['JAN', 'FEB', 'MAR', 'APR', 'MAI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DES'];

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const SEGMENT: Rgb = [222, 230, 242];
const SEGMENT_ALT: Rgb = [205, 216, 234];
const CURRENT: Rgb = [70, 71, 117]; // Teams purple: the month we are in
const INK: Rgb = [36, 36, 36];
const LINE: Rgb = [255, 255, 255];

export interface WheelImageOptions {
  /** Entries per month, January first (12 numbers). */
  counts: number[];
  /** 1–12. */
  currentMonth: number;
  year: number;
  /** Side in pixels. Default 300. */
  size?: number;
}

/**
 * The year as a wheel: 12 segments clockwise from the top (January), the current month filled
 * dark, each with its abbreviation and its number of wheel entries, and the year in the middle.
 * Flat colours keep the PNG small (a few kB), so it fits in the card as a data URI.
 */
export function wheelPng(o: WheelImageOptions): Buffer {
  const size = o.size ?? 300;
  const png = new PNG({ width: size, height: size, colorType: 2, inputHasAlpha: false });
  const c = size / 2;
  const outer = size / 2 - 2;
  const hole = size * 0.17;
  const set = (x: number, y: number, rgb: Rgb): void => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    const i = (y * size + x) * 4;
    png.data[i] = rgb[0];
    png.data[i + 1] = rgb[1];
    png.data[i + 2] = rgb[2];
    png.data[i + 3] = 255;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const r = Math.hypot(dx, dy);
      if (r > outer || r < hole) { set(x, y, WHITE); continue; }
      // Angle clockwise from 12 o'clock, in month units.
      const turn = ((Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1) * 12;
      const month = Math.floor(turn) + 1;
      const edge = Math.min(turn % 1, 1 - (turn % 1)) * ((2 * Math.PI * r) / 12);
      if (edge < 1.2) { set(x, y, LINE); continue; }
      set(x, y, month === o.currentMonth ? CURRENT : month % 2 ? SEGMENT : SEGMENT_ALT);
    }
  }
  const scale = size >= 280 ? 2 : 1;
  for (let m = 1; m <= 12; m++) {
    const angle = ((m - 0.5) / 12) * 2 * Math.PI;
    const ink = m === o.currentMonth ? WHITE : INK;
    const at = (radius: number): [number, number] => [c + Math.sin(angle) * radius, c - Math.cos(angle) * radius];
    const [lx, ly] = at(outer * 0.8);
    drawText(MONTH_ABBR_NB[m - 1] ?? '', lx, ly, scale, (x, y) => set(x, y, ink));
    const [nx, ny] = at(outer * 0.52);
    drawText(String(o.counts[m - 1] ?? 0), nx, ny, scale + 1, (x, y) => set(x, y, ink));
  }
  drawText(String(o.year), c, c, scale, (x, y) => set(x, y, CURRENT));
  return PNG.sync.write(png, { colorType: 2 });
}

/** The PNG as a data URI for an Adaptive Card Image. */
export function wheelDataUri(o: WheelImageOptions): string {
  return `data:image/png;base64,${wheelPng(o).toString('base64')}`;
}
