/**
 * The deadline step of the wheel parser: explicit dates ("Frist: 31.12.2023", "innen 31.3.2023"),
 * "innen utgangen av 2023", and seasons or quarters with a year ("i løpet av våren 2023").
 * Periods such as "2022-2025" are removed here too: they bound a plan and carry no months.
 */
import { L, MONTH_ALT, MONTH_WORDS, QUARTER_ALT, R, AUTUMN_ALT, SPRING_ALT, SUMMER_ALT, spanOf } from './wheel-words';
import { consume, type State } from './wheel-state';
import { daysInMonth, isValidYmd, ymd } from './calendar';

const SPAN_ALT = `${SPRING_ALT}|${AUTUMN_ALT}|${SUMMER_ALT}|${QUARTER_ALT}`;
const YEAR = '((?:19|20)\\d{2})';

/** A real calendar date as YYYY-MM-DD, or null (31.2.2023 is not a deadline). */
function isoDate(y: number, m: number, d: number): string | null {
  const date = ymd(y, m, d);
  return isValidYmd(date) ? date : null;
}

function lastDayOfMonth(y: number, m: number): string {
  return ymd(y, m, daysInMonth(y, m));
}

function setDeadline(s: State, date: string | null): void {
  if (date && !s.deadline) s.deadline = date;
}

/** End of the month, season or quarter a deadline phrase names, or of the year if none. */
function endOf(y: number, what: string | undefined): string {
  if (!what) return `${y}-12-31`;
  const month = MONTH_WORDS[what.trim()];
  if (month) return lastDayOfMonth(y, month);
  const span = spanOf(what);
  return span ? `${y}-${span.end}` : `${y}-12-31`;
}

export function deadlines(s: State): void {
  consume(s, `${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, ([, y, m, d]) =>
    setDeadline(s, isoDate(Number(y), Number(m), Number(d))));
  consume(s, `${L}(\\d{1,2})(?:\\. ?|/)(\\d{1,2})(?:\\. ?|/)(\\d{4})${R}`, ([, d, m, y]) =>
    setDeadline(s, isoDate(Number(y), Number(m), Number(d))));
  // From here on dots only end abbreviations or ordinals ("okt.", "1. kvartal").
  s.text = s.text.replace(/\./g, ' ').replace(/\s+/g, ' ');
  consume(s, `${L}(\\d{1,2}) ?(${MONTH_ALT}) ${YEAR}${R}`, ([, d, m, y]) =>
    setDeadline(s, isoDate(Number(y), MONTH_WORDS[m ?? ''] ?? 0, Number(d))));
  // Periods such as "2022-2025" bound the plan, they carry no months; drop them first.
  consume(s, `${L}(?:fra (?:og med )?)?${YEAR} ?(?:-|til (?:og med )?) ?${YEAR}${R}`, () => undefined);
  consume(
    s,
    `${L}(?:(?:innen|innan|ved|før|senest|frist|mot) )?(?:utgangen|utgongen|slutten|enden) av (?:(?:året|kalenderåret) )?(?:(${MONTH_ALT}|${SPAN_ALT}) )?${YEAR}${R}`,
    ([, what, y]) => setDeadline(s, endOf(Number(y), what)),
  );
  consume(
    s,
    `${L}(?:i løpet av|innen|innan|før|senest|frist)(?: (?:i|om|på))? (?:(${MONTH_ALT}|${SPAN_ALT}) )?${YEAR}${R}`,
    ([, what, y]) => setDeadline(s, endOf(Number(y), what)),
  );
}

