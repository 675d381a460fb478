import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { WHEEL_FONT, wheelSvg, type WheelPicture } from './wheel-svg';

// The package's types declare named exports; its CommonJS build exports one default object.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const UPNG = (require('@pdf-lib/upng') as { default: typeof import('@pdf-lib/upng') }).default;

export { MONTH_SHORT_NB, periodLabel, type WheelMonth, type WheelPicture } from './wheel-svg';

/**
 * Inter from an npm package as TrueType: resvg reads TTF/OTF but not the WOFF files that
 * @fontsource ships. System fonts are never loaded, so the picture is the same on every machine.
 */
const FONT_DIR = path.dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => path.join(FONT_DIR, f));

/** Pixels across. The card shows it at 240 px; a little more keeps the text sharp. */
export const WHEEL_PNG_SIZE = 320;
/**
 * Colours in the PNG's palette. resvg writes full colour, ~23 kB for this picture; 64 colours
 * look the same and make it ~9 kB, so the whole card stays well under Teams' 28 kB.
 */
const PALETTE_COLOURS = 64;

// One picture per day and scope; rendering takes tens of milliseconds, a lookup nothing.
const cache = new Map<string, Buffer>();
const CACHE_SIZE = 32;

/** The wheel as a PNG (see wheel-svg.ts for what it shows). */
export function wheelPng(p: WheelPicture): Buffer {
  const svg = wheelSvg(p);
  let png = cache.get(svg);
  if (!png) {
    const resvg = new Resvg(svg, {
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: WHEEL_FONT },
      fitTo: { mode: 'width', value: WHEEL_PNG_SIZE },
      logLevel: 'off',
    });
    const image = resvg.render();
    const rgba = new Uint8Array(image.pixels).buffer;
    png = Buffer.from(UPNG.encode([rgba], image.width, image.height, PALETTE_COLOURS));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(svg, png);
  }
  return png;
}

/** The PNG as a data URI for an Adaptive Card Image. */
export function wheelDataUri(p: WheelPicture): string {
  return `data:image/png;base64,${wheelPng(p).toString('base64')}`;
}
