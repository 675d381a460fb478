/**
 * Everyday senses of the words for hitting: "slå sammen to pdf-er" merges files, "slå av varsler"
 * turns them off, "slå opp i folkeregisteret" looks it up, "slo hodet i pulten" is a fall, and
 * "hit reply-all" presses a button. Read as hitting, such a question was taken to tell of harm,
 * and harm is always the field's: it was answered from the plans. The verb is left out of the
 * question before it is read; what the question is about stays.
 *
 * Only forms that cannot be a blow are read so: "blir slått av sønnen" (hit by the son) and
 * "slår av og til" (hits now and then) keep their verb, as does "slår på døra".
 */
const L = '[\\p{L}\\p{N}]';
const word = (source: string): string => `(?<!${L})(?:${source})(?!${L})`;

const EVERYDAY = new RegExp(
  [
    // Merging: "slå sammen", "slår eg saman".
    `${word('slå|slår|slo|slått')}(?= (?:(?:jeg|eg|man|vi|me|du|de|dei) )?(?:sammen|saman)(?!${L}))`,
    // Turning off, as an infinitive, in a question, or a machine doing it: "kan jeg slå av kamera",
    // "hvordan slår jeg av varsler", "maskinen slo seg av".
    `${word('slå')}(?= av(?!${L})(?! og til))`,
    `${word('slår|slo')}(?= (?:jeg|eg|man|vi|me|du) av(?!${L}))`,
    `${word('slo|slår|slått|slå')}(?= seg av(?!${L}))`,
    // Turning stubborn: "slår seg vrang".
    `${word('slo|slår|slått|slå')}(?= seg vrang(?!${L}))`,
    // Looking up: "slå opp i folkeregisteret".
    `${word('slå|slår|slo')}(?= opp i(?!${L}))`,
    // A fall or a knock: "slo seg i gymtimen", "slo hodet i nattbordet".
    `${word('slo|slått|slår')}(?= (?:seg|hodet) (?:i|på|mot)(?!${L}))`,
    // Pressing a button: "hit reply-all", "hit send".
    `${word('hit|hits')}(?= (?:reply|send|enter|save|submit|the (?:button|key))(?!${L}))`,
  ].join('|'),
  'giu',
);

/** The question with the words for hitting left out where they mean something else. */
export function everydaySense(question: string): string {
  return question.replace(EVERYDAY, '').replace(/ {2,}/g, ' ').trim();
}
