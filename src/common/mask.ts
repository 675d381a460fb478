import { dnr, fnr } from '@navikt/fnrvalidator';

/**
 * Personal data that staff may type by mistake, found and masked before anything is logged or
 * stored. Pure functions, no state.
 *
 * - Fødselsnummer and D-nummer: 11 digits that pass the check digits (`@navikt/fnrvalidator`),
 *   written together or as a date and five digits: "01019010046", "010190 10046",
 *   "010190-10046", "01.01.90 10046".
 * - Norwegian phone numbers: 8 digits starting with 2–9, optionally after +47 or 0047, together
 *   or in the usual groups ("478 09 050", "47 80 90 50", "4780 9050"), and with hyphens or dots
 *   in the two groupings people write that way ("478-09-050", "47.80.90.50").
 * - E-mail addresses.
 *
 * Shorter national numbers (112, 113, 116 111) are service numbers, not personal data, and stay;
 * so do dates, year ranges and measure ids. Digits glued to a longer digit run, a hyphen and hex
 * (GUIDs such as Entra object ids) are ids, not personal data.
 */

const BEFORE = String.raw`(?<![\p{L}\p{N}+-])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|-[0-9a-fA-F])`;

/** A date of birth (or D-nummer day) and five digits, captured as date parts and the rest. */
const FNR = new RegExp(String.raw`${BEFORE}(\d{2})([.\-/ ]?)(\d{2})\2(\d{2})[ .-]?(\d{5})${AFTER}`, 'gu');

function phonePattern(): RegExp {
  const prefix = String.raw`(?:(?:\+|00)47[ .-]?)?`;
  let group = 0;
  // Each grouping with one separator used throughout ("478 09 050", never "478 09-050").
  const grouped = (sizes: number[], separators: string) => {
    const n = ++group;
    const [first = 0, ...rest] = sizes;
    return `[2-9]\\d{${first - 1}}` + rest.map((size, i) => `${i === 0 ? `([${separators}])` : `\\${n}`}\\d{${size}}`).join('');
  };
  const forms = [
    '[2-9]\\d{7}',
    grouped([3, 2, 3], ' .-'),
    grouped([2, 2, 2, 2], ' .-'),
    grouped([3, 3, 2], ' '),
    grouped([4, 4], ' '),
    grouped([3, 5], ' '),
    grouped([2, 3, 3], ' '),
  ];
  return new RegExp(`${BEFORE}${prefix}(?:${forms.join('|')})${AFTER}`, 'gu');
}
const PHONE = phonePattern();

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export const FNR_MASK = '[fødselsnummer fjernet]';
export const PHONE_MASK = '[telefonnummer fjernet]';
export const EMAIL_MASK = '[e-post fjernet]';

/** True for a fødselsnummer or D-nummer whose check digits are right. */
function isIdNumber(digits: string): boolean {
  return fnr(digits).status === 'valid' || dnr(digits).status === 'valid';
}

function maskIdNumbers(text: string): string {
  return text.replace(FNR, (match, dd: string, _sep: string, mm: string, yy: string, rest: string) =>
    isIdNumber(`${dd}${mm}${yy}${rest}`) ? FNR_MASK : match,
  );
}

/** Returns the text with fødselsnummer, D-nummer, phone numbers and e-mail addresses masked. */
export function maskPersonalData(text: string): string {
  return maskIdNumbers(text).replace(PHONE, PHONE_MASK).replace(EMAIL, EMAIL_MASK);
}

/** Which kinds of personal data a text holds; for reminding a user not to write them. */
export function findPersonalData(text: string): { fnr: boolean; phone: boolean; email: boolean } {
  const withoutIds = maskIdNumbers(text);
  return {
    fnr: withoutIds !== text,
    phone: new RegExp(PHONE.source, 'u').test(withoutIds),
    email: new RegExp(EMAIL.source, 'u').test(text),
  };
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
