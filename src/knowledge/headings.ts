/**
 * Recognises section headings in plain text, including text extracted from PDFs where headings
 * are not marked: numbered headings ("3.2.1 Tiltak: …"), "Delmål 2:", "Satsingsområde 3:",
 * "Innsatsområde 1", markdown headings and a few standard one-word section titles.
 */

export interface Heading {
  level: number;
  title: string;
}

const MARKDOWN = /^(#{1,6})\s+(.+?)\s*#*$/;
const KEYWORD =
  /^(delmål|satsingsområde|innsatsområde|fokusområde|hovedområde|tiltak|tiltaksområde|mål)\s*\d{1,2}\b\s*[:.)–-]?/iu;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*)$/u;
const SENTENCE_START = /^(det|den|de|dette|vi|alle|hver|en|et|man|kommunen|ansatte|brukere)\s/iu;
const TITLES =
  /^(forord|innledning|bakgrunn|føringer|omfang|sammendrag|definisjoner|begreper|vedlegg|referanser|kilder|oppsummering|formål|hovedmål|overordnet mål|delmål|handlingsdel|evaluering og rapportering|implementering|ressurser|lovverk)\s*:?$/iu;

/**
 * Returns the heading a line opens, or null. `next` is the following non-blank line, used to
 * tell a short numbered heading from a numbered list item that runs on. `markdownOnly` is set
 * for documents that mark their headings with `#`.
 */
export function detectHeading(line: string, next: string | undefined, markdownOnly = false): Heading | null {
  const t = line.trim();
  if (t.length === 0 || t.length > 120) return null;
  const md = MARKDOWN.exec(t);
  if (md?.[1] && md[2]) return { level: md[1].length, title: md[2] };
  // In a markdown document the author marked the headings; numbered lines there are lists.
  if (markdownOnly) return null;
  const kw = KEYWORD.exec(t);
  if (kw?.[1]) return { level: /^tiltak/i.test(kw[1]) ? 3 : 1, title: t };
  const num = NUMBERED.exec(t);
  if (num?.[1] && num[2]) {
    const segments = num[1].split('.');
    const first = Number(segments[0]);
    const rest = num[2];
    if (first > 30 || rest.length > 90 || /[,;]$/.test(rest)) return null;
    if (segments.length === 1) {
      // "2. Det fremmes en …" in a list runs on into a lowercase line; a heading does not.
      if (rest.split(/\s+/).length > 8 || /[.!?]$/.test(rest) || /^\p{Ll}/u.test(next?.trim() ?? '')) return null;
      // "2. Det utarbeides …" is a numbered sentence in a list, not a heading.
      if (SENTENCE_START.test(rest)) return null;
    }
    return { level: Math.min(segments.length, 4), title: t };
  }
  if (TITLES.test(t)) return { level: 2, title: t.replace(/:$/, '') };
  return null;
}
