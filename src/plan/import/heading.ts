import type { Block } from './docx-blocks';

/** What the Word plan's own heading says: its title as written, and the municipality and period in it. */
export interface PlanHeading {
  title: string;
  municipality?: string;
  period?: string;
}

/** "Eksempel kommune", "Nordre Follo kommunes", "Kvam herad", "Bydel Grorud". */
const MUNICIPALITY = /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*\s){1,3}(?:kommune|herad|fylkeskommune)|[Bb]ydel\s\p{Lu}[\p{L}-]*)s?(?![\p{L}])/u;
/** "2024–2027", "2024 - 2027", "2024-27". */
const PERIOD = /(?<!\d)((?:19|20)\d{2})\s?[-–—]\s?((?:19|20)?\d{2})(?!\d)/u;
const PLAN_WORD = /\bplan\b|handlingsplan|tiltaksplan/iu;

const lines = (blocks: readonly Block[]) => {
  const first = blocks.findIndex((b) => b.kind === 'table');
  return blocks.slice(0, first < 0 ? blocks.length : first).flatMap((b) => (b.kind === 'paragraph' && b.text ? [b] : []));
};

function municipality(text: string): string | undefined {
  const words = MUNICIPALITY.exec(text)?.[1]?.split(/\s+/);
  // "Handlingsplan Nordre Follo kommune": the plan's own words are not the municipality's name.
  while (words && words.length > 2 && PLAN_WORD.test(words[0]!)) words.shift();
  return words?.join(' ');
}

function period(text: string): string | undefined {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const end = m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]!;
  return Number(end) > Number(m[1]) ? `${m[1]}–${end}` : undefined;
}

/**
 * The plan's heading: the first title or heading before the first table that names a plan, with
 * the subtitle under it when that is where the municipality or the period is written
 * ("Handlingsplan mot vold i nære relasjoner" / "Eksempel kommune 2024–2027"). Undefined when the
 * document has no such heading.
 */
export function planHeading(blocks: readonly Block[]): PlanHeading | undefined {
  const before = lines(blocks);
  const at = before.findIndex((p) => (p.level > 0 || p.bold) && p.text.length <= 200 && PLAN_WORD.test(p.text));
  if (at < 0) return undefined;
  let title = before[at]!.text.replace(/\s*\n\s*/g, ' ');
  const next = before[at + 1];
  if (next && next.text.length <= 120 && (!municipality(title) || !period(title)) && (municipality(next.text) || period(next.text))) {
    title = `${title} – ${next.text.replace(/\s*\n\s*/g, ' ')}`;
  }
  const name = municipality(title);
  const years = period(title);
  return { title, ...(name ? { municipality: name } : {}), ...(years ? { period: years } : {}) };
}
