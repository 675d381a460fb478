import { idnr } from '@navikt/fnrvalidator';

/**
 * Personal data that staff may type by mistake, found and masked before anything is stored or
 * logged. Pure functions, no state. What counts (docs/architecture.md, "Product rules"):
 *
 * - Fødselsnummer, D-nummer and H-nummer: 11 digits that pass the check digits
 *   (`@navikt/fnrvalidator`), in any grouping ("15038543307", "150385 43307", "150385 433 07",
 *   "15.03.85-43307"), alone or glued to letters ("fnr15038543307", "sak-15038543307").
 * - Norwegian phone numbers: 8 digits starting with 2–9, optionally after +47 or 0047, together or
 *   in groups of 2-2-2-2, 3-2-3, 4-4 or 5-3 with spaces, no-break spaces, dots or hyphens (one kind
 *   per number), and 3-3-2, 3-5 or 2-3-3 with spaces. Two years joined by a hyphen ("2022-2025")
 *   are a period, not a phone number.
 * - E-mail addresses, also written out: "x @ eksempel.no", "x (at) eksempel (dot) no",
 *   "x@192.168.0.1", "\"x y\"@eksempel.no".
 *
 * Shorter numbers (112, 116 111), dates, measure ids, statistics and law sections stay. A digit
 * group that is part of a longer run of digits is never masked on its own, and GUIDs (Entra object
 * ids) are left whole.
 */

/** One character between digit groups. */
const SEP = String.raw`[ .\-\u00a0\u2007\u2009\u202f]`;
/** The space-like separators only: groupings that are also how amounts are written. */
const SPACE = String.raw`[ \u00a0\u2007\u2009\u202f]`;

/** Digit groups joined by single separators, as long as they go. */
const DIGIT_RUN = new RegExp(String.raw`\d+(?:${SEP}\d+)*`, 'g');
const GROUP = /\d+|\D/g;

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function phonePattern(): RegExp {
  const prefix = String.raw`(?:(?:\+|00)47${SEP}?)?`;
  let group = 0;
  // Each grouping with one separator used throughout ("478 09 050", never "478 09-050").
  const grouped = (sizes: number[], separators: string) => {
    const n = ++group;
    const [first = 0, ...rest] = sizes;
    return `[2-9]\\d{${first - 1}}` + rest.map((size, i) => `${i === 0 ? `(${separators})` : `\\${n}`}\\d{${size}}`).join('');
  };
  const forms = [
    '[2-9]\\d{7}',
    grouped([3, 2, 3], SEP),
    grouped([2, 2, 2, 2], SEP),
    grouped([4, 4], SEP),
    grouped([5, 3], SEP),
    grouped([3, 3, 2], SPACE),
    grouped([3, 5], SPACE),
    grouped([2, 3, 3], SPACE),
  ];
  return new RegExp(`(?<![\\p{L}\\p{N}+-])${prefix}(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
const PHONE = phonePattern();
const PERIOD = /^(?:19|20)\d{2}-(?:19|20)\d{2}$/;

function emailPattern(): RegExp {
  const local = String.raw`(?:"[^"\n@]{1,64}"|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+)`;
  const at = String.raw`(?:\s{0,3}@\s{0,3}|\s{0,3}[([{]\s?(?:at|krøllalfa)\s?[)\]}]\s{0,3})`;
  const dot = String.raw`(?:\.|\s{0,3}[([{]\s?(?:dot|punktum)\s?[)\]}]\s{0,3})`;
  const label = String.raw`[\p{L}\p{N}-]{1,63}`;
  const domain = String.raw`(?:${label}(?:${dot}${label}){0,8}${dot}\p{L}{2,24}|\[?\d{1,3}(?:\.\d{1,3}){3}\]?)`;
  return new RegExp(`${local}${at}${domain}(?![\\p{L}\\p{N}])`, 'giu');
}
const EMAIL = emailPattern();

export const FNR_MASK = '[fødselsnummer fjernet]';
export const PHONE_MASK = '[telefonnummer fjernet]';
export const EMAIL_MASK = '[e-post fjernet]';

/** True for a fødselsnummer, D-nummer or H-nummer whose date and check digits are right. */
function isIdNumber(digits: string): boolean {
  return idnr(digits).status === 'valid';
}

/**
 * Within one run of digit groups, every span of whole groups that holds exactly 11 digits and
 * passes the check digits is masked; a part of a group never is.
 */
function maskRun(run: string): string {
  // Digit groups at even indexes, the separator after each at the odd index that follows it.
  const parts = run.match(GROUP) ?? [];
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let digits = '';
    let end = i;
    for (; end < parts.length && digits.length < 11; end += 2) digits += parts[end];
    const id = digits.length === 11 && isIdNumber(digits);
    out.push(id ? FNR_MASK : parts[i]!);
    const separator = id ? end - 1 : i + 1;
    if (separator < parts.length) out.push(parts[separator]!);
    i = separator + 1;
  }
  return out.join('');
}

function outsideGuids(text: string, mask: (part: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(GUID)) {
    out += mask(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + mask(text.slice(last));
}

const maskEmails = (text: string) => text.replace(EMAIL, EMAIL_MASK);
const maskIdNumbers = (text: string) => outsideGuids(text, (part) => part.replace(DIGIT_RUN, maskRun));
const maskPhones = (text: string) => outsideGuids(text, (part) => part.replace(PHONE, (m) => (PERIOD.test(m) ? m : PHONE_MASK)));

/**
 * Returns `text` with every fødselsnummer (and D- and H-nummer), Norwegian phone number and
 * e-mail address replaced by a Norwegian placeholder ("[fødselsnummer fjernet]",
 * "[telefonnummer fjernet]", "[e-post fjernet]"). Use it on any text a person wrote before it is
 * stored or logged: comments, display names, questions. Idempotent: masked text masks to itself.
 *
 * @example maskPersonalData('Ring 938 47 519') === 'Ring [telefonnummer fjernet]'
 */
export function maskPersonalData(text: string): string {
  return maskPhones(maskIdNumbers(maskEmails(text)));
}

/** Which kinds of personal data a text holds; for reminding a user not to write them. */
export function findPersonalData(text: string): { fnr: boolean; phone: boolean; email: boolean } {
  const withoutEmails = maskEmails(text);
  const withoutIds = maskIdNumbers(withoutEmails);
  return { fnr: withoutIds !== withoutEmails, phone: maskPhones(withoutIds) !== withoutIds, email: withoutEmails !== text };
}

/** Masks every string inside a JSON-like value; other values pass through unchanged. */
export function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value instanceof Error) return maskPersonalData(`${value.name}: ${value.message}`);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)]));
  }
  return value;
}
