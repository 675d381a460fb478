import assert from 'node:assert/strict';
import path from 'node:path';
import { PNG } from 'pngjs';
import { wheelCardData } from '../../src/bot/wheel-card';
import { loadPlan } from '../../src/plan/load';
import { entriesForMonths } from '../../src/reminders/occurrences';
import { wheelPng, WHEEL_PNG_SIZE } from '../../src/reminders/wheel-image';
import { wheelSvg, type WheelMonth } from '../../src/reminders/wheel-svg';

const plan = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
const months = (from: [number, number], counts: number[]): WheelMonth[] =>
  counts.map((count, i) => ({ year: from[0] + Math.floor((from[1] - 1 + i) / 12), month: ((from[1] - 1 + i) % 12) + 1, count }));

describe('the årshjul picture', () => {
  it('covers the months the card lists: from this month, twelve ahead, across New Year', () => {
    const data = wheelCardData(plan, '2026-11-30');
    assert.deepEqual(data.months.map((m) => m.name), ['November 2026', 'Desember 2026', 'Januar 2027']);
    assert.equal(data.imageAlt.split('.')[0], 'Årshjulet fra november 2026 til oktober 2027, med antall aktiviteter per måned');
    assert.match(data.imageAlt, /November er denne måneden/);
    assert.doesNotMatch(data.imageAlt, /Årshjulet 2026 /);
    const svg = wheelSvg(data.picture);
    assert.match(svg, />2026–27</);
    assert.match(svg, />nov\.–okt\.</);
    // January's count is January 2027's, the month the list shows, not January 2026's.
    const jan2027 = entriesForMonths(plan, '2027-01', 1)[0]!.entries.length;
    assert.equal(data.picture.months.find((m) => m.month === 1)?.year, 2027);
    assert.equal(data.picture.months.find((m) => m.month === 1)?.count, jan2027);
  });

  it('a wheel for January is one calendar year', () => {
    assert.match(wheelSvg(wheelCardData(plan, '2027-01-04').picture), />2027<.*>jan\.–des\.</);
  });

  it('draws month names and counts as text in a real font, the current month filled, and a mark at today', () => {
    const svg = wheelSvg({ months: months([2026, 11], [2, 1, 3, 0, 1, 2, 0, 0, 1, 4, 2, 1]), today: '2026-11-15' });
    assert.match(svg, /font-family="Inter"/);
    for (const name of ['Jan', 'Feb', 'Mar', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Des']) assert.match(svg, new RegExp(`>${name}<`));
    assert.equal((svg.match(/<path /g) ?? []).length, 12);
    assert.equal((svg.match(/<path [^>]*fill="#464775"/g) ?? []).length, 1, 'one filled month');
    assert.match(svg, /<line [^>]*stroke="#C4314B"/);
  });

  it('renders to a PNG small enough for a card, with the current month and the hand where they belong', () => {
    const png = wheelPng({ months: months([2026, 11], [2, 1, 3, 0, 1, 2, 0, 0, 1, 4, 2, 1]), today: '2026-11-15' });
    assert.ok(png.length < 15_000, `${png.length} bytes`);
    const img = PNG.sync.read(png);
    assert.equal(img.width, WHEEL_PNG_SIZE);
    const pixel = (turn: number, radius: number) => {
      const s = WHEEL_PNG_SIZE / 320;
      const x = Math.round((160 + Math.sin(turn * 2 * Math.PI) * radius) * s);
      const y = Math.round((160 - Math.cos(turn * 2 * Math.PI) * radius) * s);
      const i = (y * img.width + x) * 4;
      return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
    };
    const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 24);
    assert.ok(close(pixel(10.2 / 12, 70), [0x46, 0x47, 0x75]), 'November is filled purple');
    assert.ok(close(pixel(5.2 / 12, 70), [0xf5, 0xf5, 0xf5]), 'June (none) is light');
    const today = (10 + 14.5 / 30) / 12;
    assert.ok(close(pixel(today, 153), [0xc4, 0x31, 0x4b]), 'the dot on the rim is at 15 November');
    assert.ok(close(pixel(today, 62), [0xc4, 0x31, 0x4b]), 'so is the tick at the hub');
    assert.ok(!close(pixel(today, 120), [0xc4, 0x31, 0x4b]), 'nothing red over the month name and count');
  });
});
