/**
 * Detects questions that signal acute danger, in Bokmål, Nynorsk and English. Pure and
 * deliberately rule-based: it must be predictable, fast and testable, and a miss is worse than a
 * false alarm only when danger is actually described, not when a concept is asked about.
 */

/** Result of emergency detection. */
export interface EmergencySignal {
  emergency: boolean;
  /** 'child' when a child or young person is in the picture, else 'adult'; null when no emergency. */
  audience: 'child' | 'adult' | null;
}

// Whole-word matching that works for æøå (JS \b is ASCII only).
const w = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}])`, 'iu');

/** Always acute, whatever the wording around them. */
const ACUTE = [
  // Weapons
  w('kniv(en|er|ene)?|knive(n|ar)?|våpen(et)?|skytevåpen|pistol(en)?|gevær(et)?|rifle|hagle|øks(a|en)?|knife|knives|gun|guns|weapon|weapons|axe'),
  // Injury
  w('blør|blødde|blør(er)?|blod(ig|et)?|bløding|skadet|skada|skadd|bevisstløs|medvitslaus|besvimt|puster ikke|pustar ikkje|bleeding|injured|unconscious|not breathing|badly hurt'),
  // Suicide
  w('selvmord\\p{L}*|sjølvmord\\p{L}*|ta livet (av )?(seg|sitt|meg)|tek livet (av )?(seg|sitt)|ta sitt eget liv|drepe seg selv|suicid\\p{L}*|kill (him|her|my|them|your)sel(f|ves)|end (his|her|my|their) life'),
  // Threats to kill
  w('(truer|truet|trugar|truga|threaten\\p{L}*) (med )?(å |to )?(drepe|kill)|skal drepe|vil drepe|drepe (meg|henne|han|oss|mamma|pappa|barna)|going to kill|will kill|wants to kill'),
  // A child (or anyone) afraid to go home
  w('(tør|tørr|tør ikkje|ikkje tør)( ikke| ikkje)?( å)? gå (hjem|heim)|redd (for )?å gå (hjem|heim)|afraid to go home|scared to go home|(won.?t|will not|doesn.?t want to) go home'),
  // Explicit danger
  w('akutt fare|livsfare|i fare nå|i livsfare|immediate danger|in danger|life.threatening'),
];

const NOW = w('akkurat nå|nå|i kveld|i natt|right now|now|at the moment|currently|står utenfor|er her');
// Nynorsk "no" = now, but "no" is also English; only read it so in a non-English question.
const NO_NOW = w('akkurat no|no');
const THREAT = w(
  'truer|truet|trusler?|trugar|truga|trugsmål|slår|slo|slær|banker|dreper|drepe|angriper|forfølger|voldtar|sparker|kveler|' +
    'threaten\\p{L}*|hitting|beating|attacking|hurting|kill\\p{L}*|stalking|is hit|being hit|assault\\p{L}*',
);
const ENGLISH = w('the|is|are|my|his|her|what|who|how|and|with|at|she|he');

/** Questions about a concept ("hva er …") are knowledge, not a situation, unless "now" is there. */
const CONCEPT = /^\s*(hva|kva|what)\s+(er|betyr|is|are|means?)\s|^\s*hvordan (definer|beskriv)|^\s*(hva|kva) (sier|seier|står)/iu;

const CHILD = w(
  'barn|barnet|barna|born|borna|elev|eleven|elevar|elever|eleva|ungdom|ungdommen|ungdommar|ungdommer|jente|jenta|jenten|gutt|gutten|guten|datter|dotter|sønn|sønnen|son|daughter|' +
    'child|children|kid|kids|pupil|student|girl|boy|teen|teenager|mindreårig|6-åring|\\d{1,2}-åring|unge',
);

/** Returns whether a question signals acute danger, and for whom. */
export function detectEmergency(question: string): EmergencySignal {
  const q = question.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  const english = (q.match(new RegExp(ENGLISH.source, 'giu')) ?? []).length >= 2;
  const now = NOW.test(q) || (!english && NO_NOW.test(q));
  let emergency = ACUTE.some((r) => r.test(q)) || (now && THREAT.test(q));
  if (emergency && CONCEPT.test(q) && !now) emergency = false;
  if (!emergency) return { emergency: false, audience: null };
  return { emergency: true, audience: CHILD.test(q) ? 'child' : 'adult' };
}
