/**
 * Draws the app icons (a simple annual wheel: a ring with twelve spokes) so they can be
 * regenerated without an image editor: `npx tsx scripts/make-icons.ts`.
 * color.png: 192×192 on the accent colour. outline.png: 32×32, white on transparent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

const ACCENT = [0x2b, 0x57, 0x9a]; // #2B579A, also the manifest accentColor

function draw(size: number, background: number[] | null, file: string): void {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  const outer = size * 0.40;
  const ring = Math.max(1.5, size * 0.06);
  const hub = size * 0.09;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const r = Math.hypot(dx, dy);
      const angle = (Math.atan2(dy, dx) + Math.PI * 2) % (Math.PI * 2);
      const spoke = Math.abs(((angle / (Math.PI / 6)) % 1) - 0.5) > 0.5 - (ring * 0.35) / Math.max(r, 1) / (Math.PI / 6);
      const white = (r <= outer && r >= outer - ring) || r <= hub || (r < outer && spoke && r > hub);
      const i = (y * size + x) * 4;
      if (white) {
        png.data.set([255, 255, 255, 255], i);
      } else if (background) {
        png.data.set([...background, 255], i);
      } else {
        png.data.set([0, 0, 0, 0], i);
      }
    }
  }
  fs.writeFileSync(file, PNG.sync.write(png));
}

const dir = path.resolve(__dirname, '..', 'appPackage');
draw(192, ACCENT, path.join(dir, 'color.png'));
draw(32, null, path.join(dir, 'outline.png'));
