/**
 * Masks personal data that staff may type by mistake, before anything is logged or stored.
 *
 * - Fødselsnummer: 11 digits, optionally with one space after the sixth ("010190 12345").
 * - Norwegian phone numbers: 8 digits, optionally after +47 or 0047, written together or in the
 *   usual groups ("47809050", "478 09 050", "47 80 90 50", "478 090 50", "4780 9050").
 *
 * Shorter national numbers (112, 113, 116 111) are service numbers, not personal data, and stay.
 */
// Digits glued to a hyphen or hex run are ids (GUIDs such as 00000000-0000-…), not personal data.
const FNR = /(?<![\d-])\d{6} ?\d{5}(?![\d]|-[0-9a-f])/g;
const PHONE =
  /(?<![\d+-])(?:(?:\+|00)47[ -]?)?(?:\d{8}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2}|\d{3} \d{3} \d{2}|\d{4} \d{4}|\d{3} \d{5})(?![\d]|-[0-9a-f])/g;

export const FNR_MASK = '[fødselsnummer fjernet]';
export const PHONE_MASK = '[telefonnummer fjernet]';

/** Returns the text with fødselsnummer and phone numbers replaced by a neutral marker. */
export function maskPersonalData(text: string): string {
  return text.replace(FNR, FNR_MASK).replace(PHONE, PHONE_MASK);
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
