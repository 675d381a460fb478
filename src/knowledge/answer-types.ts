import type { Intent } from './intent';
import type { Unit } from './units';

/**
 * What a unit must contain to answer a question of each intent: the classic answer-type filter
 * of question answering. A "when" question is answered by a unit with a time in it, a "whom do I
 * call" question by one with a phone number or an address, and so on. Definitions are found by
 * their shape instead (units.ts).
 */
const PHONE = /(?<![\d.,])(\d{8}|\d{2,4}(?: \d{2,4}){1,3}|11[0-9]( ?\d{3})?|0\d{4})(?![\d.,])|@\S+\.\p{L}{2,}|https?:\/\/|www\./u;

/** What follows a number that counts things rather than one to call. */
const COUNTED = /^\s*(saker|personer|tilfeller|prosent|kvinner|menn|barn|unge|meldinger|henvendelser|innbyggere|år|timer|dager|uker|ganger)\b/u;

/** A phone number: eight digits however grouped ("478 090 50", "22 40 00 40"), a short emergency or service number, or a web or e-mail address. */
function hasContact(text: string): boolean {
  for (const m of text.matchAll(new RegExp(PHONE.source, 'gu'))) {
    const digits = m[1]?.replace(/ /g, '') ?? '';
    // A number that counts something ("112 saker", "113 personer") is no number to call.
    if (COUNTED.test(text.slice(m.index + m[0].length))) continue;
    if (!m[1] || digits.length === 8 || /^11\d/.test(digits) || /^0\d{4}$/.test(digits)) return true;
  }
  return false;
}
const TIME =
  /(?<![\p{L}\d])(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|sept?|okt|nov|des|vår\p{L}*|høst\p{L}*|årlig\p{L}*|hvert|hver|annenhvert|halvår\p{L}*|kvartal\p{L}*|uke\p{L}*|måned\p{L}*|frist\p{L}*|innen|løpende|fortløpende|kontinuerlig|jevnlig|skolestart|skoleår\p{L}*|planperioden?|ved avslutning\p{L}*|ved oppstart\p{L}*|underveis)\b|\b(19|20)\d\d\b|\d{1,2}\.\d{1,2}\.\d{2,4}/u;
const ROLE =
  /\b(ansvar\p{L}*|pådriver\p{L}*|koordinator\p{L}*|leder\p{L}*|ledelse\p{L}*|sjef\p{L}*|team\p{L}*|tjenest\p{L}*|enhet\p{L}*|avdeling\p{L}*|kontor\p{L}*|rådgiver\p{L}*|gruppa|gruppen|utvalg\p{L}*|senter\p{L}*|\p{L}+tjenesten|\p{L}+kontoret|slt|nav)\b/u;
const NUMBER = /\d/;

/** True when a unit could answer a question of this intent. */
export function fitsIntent(intent: Intent, unit: Pick<Unit, 'text' | 'kind'>): boolean {
  const t = unit.text.toLowerCase();
  switch (intent) {
    case 'contact':
      return hasContact(t);
    case 'when':
      return TIME.test(t);
    case 'who':
      return ROLE.test(t);
    case 'howmany':
      return NUMBER.test(t);
    case 'define':
      return unit.kind === 'definition';
    default:
      return false;
  }
}
