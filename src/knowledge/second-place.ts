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
