import {
  ALL_MONTHS, AUTUMN, AUTUMN_ALT, FIXED_PHRASES, L, MONTH_WORDS, QUARTER_ALT, R, SPRING, SPRING_ALT, SUMMER, SUMMER_ALT,
  spanOf,
} from './wheel-words';
import { deadlines } from './wheel-deadlines';
import { consume, normalize, type State } from './wheel-state';
import { isoWeekMonth } from './calendar';

/**
 * What a plan's timing text means for the annual wheel (see docs wheel-semantics.md).
 * `unresolved` is true when nothing in the text can be placed on a calendar; such text is
 * shown to a person, never dropped and never guessed.
 */
export interface ParsedTiming {
  months: number[];
  /** Every N years; null when the text names no recurrence. */
  every: number | null;
  firstYear: number | null;
  /** YYYY-MM-DD. */
  deadline: string | null;
  continuous: boolean;
  unresolved: boolean;
}

const YEAR = '((?:19|20)\\d{2})';
const ORDINALS: Readonly<Record<string, number>> = {
  andre: 2, annet: 2, anna: 2, tredje: 3, fjerde: 4, femte: 5,
};

function recurrence(s: State): void {
  // "første gang høsten 2024": the year starts the cycle; the season still places months.
  const firstYear = ([, between, y]: string[]): string => {
    s.firstYear ??= Number(y);
    return between ?? '';
  };
  consume(s, `${L}(?:første|fyrste) (?:gang|gong) (?:(?:i|om|på) )?((?:\\p{L}+ ){0,2}?)${YEAR}${R}`, firstYear);
  consume(s, `${L}(?:fra og med|f o m|fom|frå og med|fra|frå) ((?:\\p{L}+ ){0,2}?)${YEAR}${R}`, firstYear);

  const setEvery = (n: number): void => {
    s.every ??= n;
  };
  consume(s, `${L}(?:hvert|hver|kvart|kvar) (andre|annet|anna|tredje|fjerde|femte|\\d) (?:år|året)${R}`, ([, n]) =>
    setEvery(ORDINALS[n ?? ''] ?? Number(n)));
  consume(s, `${L}(?:(?:annen|annet|anna|annan|anne) ?(?:hvert|hver|kvart)|annenhvert|annethvert|annakvart)(?: år(?:et)?)?${R}`, () =>
    setEvery(2));
  consume(s, `${L}(?:månedlig|månedleg|månadleg|hver måned|kvar månad|hver mnd)${R}`, () => {
    setEvery(1);
    ALL_MONTHS.forEach((m) => s.months.add(m));
  });
  // A half-yearly or quarterly rhythm still recurs every year; its months must be named elsewhere.
  consume(
    s,
    `${L}(?:årlig|årleg|årlige|årlege|årvisst|halvårlig|halvårleg|kvartalsvis|hvert (?:halvår|kvartal)|kvart (?:halvår|kvartal)|hvert (?:eneste )?år|kvart år|(?:en|ein|1) (?:gang|gong) (?:i|per|pr|om) året|per år|pr år)${R}`,
    () => setEvery(1),
  );
  if (new RegExp(`${L}(?:hver|kvar|hvert) (?:${SPRING_ALT}|${AUTUMN_ALT}|${SUMMER_ALT})${R}`, 'u').test(s.text)) setEvery(1);
}

/** "uke 6", "i uke 6 og 40", "ukene 6-8", "veke 12": each week, and the month it falls in. */
function weeks(s: State): void {
  const NUMBER = String.raw`\d{1,2}`;
  consume(s, `${L}(?:uke|uka|ukene|veke|veka|vekene)(?: ?nr)? ?(${NUMBER}(?: ?(?:,|/|-|og) ?${NUMBER})*)${R}`, ([, list]) => {
    const named: number[] = [];
    for (const part of (list ?? '').split(/ ?(?:,|\/|og) ?/)) {
      const [from = 0, to = from] = part.split(/ ?- ?/).map(Number);
      for (let w = from; w <= to && w - from < 53; w++) named.push(w);
    }
    const valid = named.filter((w) => w >= 1 && w <= 53);
    // A number that is no week keeps its words, so the text stays unresolved rather than guessed.
    if (valid.length !== named.length) return list ? `uke ${list}` : '';
    for (const w of valid) {
      s.weeks.add(w);
      s.months.add(isoWeekMonth(w));
    }
  });
}

function continuous(s: State): void {
  consume(
    s,
    `${L}(?:kontinuerlig|kontinuerleg|kontinuerlige|fortløpende|fortløpande|løpende|løpande|hele tiden|heile tida|(?:gjennom )?hele året|(?:gjennom )?heile året|gjennom året)${R}`,
    () => {
      s.continuous = true;
    },
  );
}

function seasonsAndMonths(s: State): void {
  const add = (months: readonly number[]): void => months.forEach((m) => s.months.add(m));
  for (const [phrase, months] of FIXED_PHRASES) consume(s, `${L}(?:${phrase})${R}`, () => add(months));
  // Plain "vår" is also "our" ("vår kommune"): count it only next to hver/kvar/om, autumn or a year.
  const springWords = SPRING_ALT.replace(/\|vår$/, '');
  consume(s, `${L}(?:${springWords})${R}|(?<=(?:hver|kvar|om|til|fra|frå|høst|høsten|haust|hausten) (?:og |/ |, |- )?)vår${R}|(?<=(?:høst|høsten|haust|hausten)(?:/|,|-))vår${R}|${L}vår(?= ?(?:(?:og|/|,|-) ?(?:høst|haust)|(?:19|20)\\d{2}))`, () =>
    add(SPRING.months));
  consume(s, `${L}(?:${AUTUMN_ALT})${R}`, () => add(AUTUMN.months));
  consume(s, `${L}(?:${SUMMER_ALT})${R}`, () => add(SUMMER.months));
  consume(s, `${L}(?:${QUARTER_ALT})${R}`, ([q]) => add(spanOf(q ?? '')?.months ?? []));
  // Whatever month words remain, in any list ("/", ",", "og", "-"), each counts.
  for (const word of s.text.split(/[^\p{L}]+/u)) {
    const m = MONTH_WORDS[word];
    if (m) s.months.add(m);
  }
}

/** The parse with what the contract leaves out: the ISO weeks named, each also counted as its month. */
export interface TimingDetail extends ParsedTiming {
  weeks: number[];
}

/** Parses a plan's free timing text into months (and weeks), recurrence, first year and deadline. */
export function parseTimingDetail(text: string): TimingDetail {
  const s: State = {
    text: normalize(text), months: new Set(), weeks: new Set(), every: null, firstYear: null, deadline: null, continuous: false,
  };
  deadlines(s);
  recurrence(s);
  weeks(s);
  continuous(s);
  seasonsAndMonths(s);
  const months = [...s.months].sort((a, b) => a - b);
  return {
    months,
    every: s.every,
    firstYear: s.firstYear,
    deadline: s.deadline,
    continuous: s.continuous,
    unresolved: months.length === 0 && s.deadline === null && !s.continuous,
    weeks: [...s.weeks].sort((a, b) => a - b),
  };
}

/** Parses a plan's free timing text into the six fields of the `wheel parse` contract. */
export function parseTiming(text: string): ParsedTiming {
  const { weeks: _weeks, ...contract } = parseTimingDetail(text);
  return contract;
}

