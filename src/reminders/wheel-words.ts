/**
 * The Norwegian words the wheel parser knows, as data: months, seasons and school-year words.
 * Kept apart from the parser so the vocabulary can grow without touching the parsing steps.
 * All words are lower case, with dots already removed by the parser's normalisation.
 */

/** Letters and digits may not touch a match on either side (JS `\b` is ASCII-only). */
export const L = '(?<![\\p{L}\\d])';
export const R = '(?![\\p{L}\\d])';

/** Month names and abbreviations, Bokmål and Nynorsk alike. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1,
  februar: 2, feb: 2, febr: 2,
  mars: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  desember: 12, des: 12,
};

/** Longest first, so "juni" wins over "jun" inside an alternation. */
export const MONTH_ALT = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A stretch of the year that a season or quarter word stands for, and the day it ends. */
export interface Span {
  months: number[];
  /** MM-DD of the last day, used when the span is a deadline ("innen våren 2023"). */
  end: string;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const SPRING: Span = { months: range(1, 6), end: '06-30' };
export const AUTUMN: Span = { months: range(8, 12), end: '12-31' };
export const SUMMER: Span = { months: range(6, 8), end: '08-31' };
export const QUARTERS: readonly Span[] = [
  { months: range(1, 3), end: '03-31' },
  { months: range(4, 6), end: '06-30' },
  { months: range(7, 9), end: '09-30' },
  { months: range(10, 12), end: '12-31' },
];
export const ALL_MONTHS = range(1, 12);

export const SPRING_ALT = 'vårhalvåret|vårhalvår|vårsemesteret|vårsemester|vårparten|våren|vår';
export const AUTUMN_ALT =
  'høsthalvåret|høsthalvår|hausthalvåret|hausthalvår|høstsemesteret|høstsemester|haustsemesteret|høsten|hausten|høst|haust';
export const SUMMER_ALT = 'sommeren|sommaren|sommer|sommar';
export const QUARTER_ALT = '(?:første|fyrste|1|andre|2|tredje|3|fjerde|4)\\s*kvartal(?:et)?|kvartal\\s*[1-4]|q[1-4]';

/** Which span a season or quarter phrase (as matched by the alternations above) stands for. */
export function spanOf(phrase: string): Span | undefined {
  const p = phrase.trim();
  if (new RegExp(`^(?:${SPRING_ALT})$`, 'u').test(p)) return SPRING;
  if (new RegExp(`^(?:${AUTUMN_ALT})$`, 'u').test(p)) return AUTUMN;
  if (new RegExp(`^(?:${SUMMER_ALT})$`, 'u').test(p)) return SUMMER;
  const q = /([1-4])|(første|fyrste)|(andre)|(tredje)|(fjerde)/u.exec(p);
  if (!q || !/kvartal|q/u.test(p)) return undefined;
  const n = q[1] ? Number(q[1]) : q[2] ? 1 : q[3] ? 2 : q[4] ? 3 : 4;
  return QUARTERS[n - 1];
}

/**
 * School-year and holiday phrases with the month they mean in a municipality's year.
 * Order matters: longer phrases are tried first, and each match is consumed.
 */
export const FIXED_PHRASES: ReadonlyArray<[string, number[]]> = [
  ['(?:ved |før )?(?:skolestart|skulestart)(?:en)?|(?:ved )?(?:start|starten|oppstart|begynnelsen) (?:av|på) (?:hvert |nytt |det nye )?(?:skoleår|skuleår)(?:et)?|nytt skoleår', [8]],
  ['etter (?:sommerferien|sommarferien|sommeren|sommaren)', [8]],
  ['før (?:sommerferien|sommarferien)|(?:ved )?skoleslutt|slutten av skoleåret', [6]],
  ['etter (?:juleferien|jula|julen|jul)|(?:ved |etter )?nyttår|(?:i )?(?:starten|begynnelsen) av året', [1]],
  ['(?:før|til|rundt|ved|mot) (?:juleferien|jula|julen|jul)|juletider', [12]],
  ['(?:på |mot |ved )?(?:slutten|utgangen) av (?:året|kalenderåret)|(?:ved )?årsslutt(?:en)?|årets slutt', [12]],
];
