import { fitsIntent } from './answer-types';
import type { Intent } from './intent';

/**
 * The kinds of fact a "who", "when", "whom do I call" or "how many" question asks for, as the
 * answer composer and the card's label read them.
 */

/**
 * A time a "when" question can be answered with: a date, a year, a month, a season, a
 * recurrence ("årlig", "hvert år", "annenhvert år", "én gang i året"), a deadline ("innen …", "i
 * løpet av en toårsperiode"), a standing measure ("løpende"). Looser time words ("hver kommune") are no answer.
 */
export const TIME_FACT =
  /(?<![\p{L}\d])(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|sept?|okt|nov|des|vår\p{L}*|høst\p{L}*|sommer\p{L}*|vinter\p{L}*|årlig\p{L}*|hvert (år|halvår|kvartal)|annenhvert|annen hvert|halvår\p{L}*|kvartal\p{L}*|uke \d+|månedlig\p{L}*|ukentlig\p{L}*|løpende|fortløpende|kontinuerlig|skolestart|skoleår\p{L}*|juleferien|sommerferien|planperioden|\p{L}*årsperiode\p{L}*|i løpet av|ved (avslutning|avslutningen|oppstart|oppstarten|slutten)|etter (noe|en viss) tid|underveis)(?![\p{L}\d])|(?<!\p{L})(én|en|to|tre|fire) gang(?:er)? (i|per|pr\.?|hvert) (året|år|halvåret|måneden|uka|uken)(?!\p{L})|\b(19|20)\d\d\b|\d{1,2}\.\d{1,2}\.\d{2,4}|\bkl\.? ?\d/iu;

/** Labels that say who is responsible, and labels that say when. */
export const WHO_LABEL = /^(ansvar|ansvarlig|hovedansvar|hvem har ansvar)$/i;
/** The cell saying when and how a measure is evaluated. */
export const EVALUATION_LABEL = /^evaluering$/i;
export const WHEN_LABEL = /^(frist|tidsrom|tidsplan|tidsperiode|periode|når|hvordan og når)$/i;
/**
 * Words that say who is responsible, not only who is involved. A "(handlings)veileder" is a
 * guide, not a leader: "Handlingsveilederen revideres" says nothing of who does it.
 */
export const RESPONSIBLE = /ansvar|pådriver|koordinator|(?<!vei)leder|sjef|leiar/;
/** A sentence that says who a team or group is made of: "består av …", "har representanter fra …". */
export const MEMBERS = /\b(består av|bestå av|representanter (fra|for)|sammensatt av|medlemmer (fra|er)|deltakere fra)\b/iu;
/** A role, a team or a service: what a short "who" cell names. */
export const ROLE_CELL = /^(\p{L}+ )?(rektor|styrer|direktør|rådgiver|leder|ledere|sjef|koordinator|plangruppa|arbeidsgruppa|gruppa|teamet|\p{L}*tjenesten|\p{L}*kontoret|\p{L}*(?<!vei)ledere?|\p{L}*sjef|\p{L}*teamet|\p{L}*koordinator|bvt|nav|slt|politiet|barnevernet|helsestasjonen|skolen|barnehagen|kommunen)\b/iu;

/**
 * Whether an answer's text holds the kind of fact its question asks for: a time for "when", a
 * role for "who", a number or address for "whom do I call", a count for "how many". Other
 * questions ask for no one kind (null).
 */
export function holdsAskedKind(intent: Intent, text: string): boolean | null {
  if (intent === 'when') return TIME_FACT.test(text);
  if (intent === 'who') return RESPONSIBLE.test(text.toLowerCase()) || /\b(ansvar|tiltak)\s*:/iu.test(text) || fitsIntent('who', { text, kind: 'sentence' });
  if (intent === 'contact') return fitsIntent('contact', { text, kind: 'sentence' });
  if (intent === 'howmany') return /\d/.test(text.replace(/\b(19|20)\d\d\b/g, ''));
  return null;
}
