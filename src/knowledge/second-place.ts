import { EVALUATION_LABEL, WHEN_LABEL, WHO_LABEL } from './fact-kinds';
import { isFragment, wordCount } from './reading';

/** Words a cell that only names who or when has at most ("Ansvar: Kommunal barnevernleder"). */
const BARE_CELL_WORDS = 6;

/**
 * A cell that says only who or when ("Ansvar: Rektor"): shown alone it does not say what. A longer
 * one says what too ("Ansvar: Enhetsleder må bistå med å sette av tid slik at ansatte får …").
 */
function whoOrWhenCell(line: string): boolean {
  const cell = /^([\p{L} ]{2,30}):\s+(.*)$/u.exec(line);
  const label = cell?.[1] ?? '';
  return (WHO_LABEL.test(label) || WHEN_LABEL.test(label) || EVALUATION_LABEL.test(label)) && wordCount(cell?.[2] ?? '') <= BARE_CELL_WORDS;
}

/**
 * What "Se også:" shows of the next place's answer: its leading whole lines within `budget` words,
 * so a long answer is shown by its start rather than left out. '' when nothing whole fits, or
 * when what fits says only who or when.
 */
export function leadingLines(text: string, budget: number): string {
  const kept: string[] = [];
  let words = 0;
  for (const line of text.split('\n')) {
    words += wordCount(line);
    if (words > budget) {
      // As the composer does, a list cut short ends on "…".
      if (/^(•|\d{1,2}\.)\s/u.test(line) && kept.length > 0) kept.push('…');
      break;
    }
    kept.push(line);
  }
  // A lead-in left last promises what is not shown; a bare "Ansvar: …" cell says whose, not what.
  while (kept.length > 0 && /:$/.test(kept[kept.length - 1]!)) kept.pop();
  const shown = kept.join('\n');
  return kept.length === 0 || kept.every(whoOrWhenCell) || isFragment(shown) ? '' : shown;
}

/** Share of a line's words another line must hold to say the same thing. */
const SAME_LINE_SHARE = 0.8;
/** Fewer words than this ("Ansvar: TryggEst teamet.") are too few to tell a repeat from a fact. */
const SAME_LINE_WORDS = 4;

const wordsOf = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A number that is no year: a count or a share says something of its own. */
const isCount = (w: string): boolean => /^\d+$/.test(w) && !/^(19|20)\d\d$/.test(w);

/**
 * True when `line` says what a line of `answer` already says: a plan's summary table repeats each
 * measure with its period ("Videreutvikle tilbudet … (2022-2023)"), its number or "Tiltak:" added,
 * and "Se også" with the same measure again adds nothing. A line with a count of its own ("3545
 * anmeldelser") says something else.
 */
export function repeatsLine(answer: string, line: string): boolean {
  const words = wordsOf(line);
  if (answer.includes(line)) return true;
  if (words.length < SAME_LINE_WORDS) return false;
  return answer.split('\n').some((shown) => {
    const held = new Set(wordsOf(shown));
    return words.every((w) => !isCount(w) || held.has(w) || /^\d{1,2}$/.test(w)) && words.filter((w) => held.has(w)).length >= SAME_LINE_SHARE * words.length;
  });
}
