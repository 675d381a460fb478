import { words } from './section-view';

/**
 * Plans list the people who wrote them ("Kari Nordmann, Hamar – helsesykepleier"). Such a list
 * is full of roles and services, so it matches "who" questions well, but it says who sat in the
 * working group, not who does anything: it answers only a question about the plan's authors.
 */

/** A person's name (two to four capitalised words or initials), a comma, a place, a dash. */
const ROSTER_LINE = /^(?:[•\-–*]\s*)?\p{Lu}\p{Ll}+(?: (?:\p{Lu}\.|\p{Lu}\p{Ll}+)){1,3}, \p{Lu}\p{Ll}+\s[-–]\s/u;

/** Words of a question about who made the plan. */
const AUTHORS = /^(arbeidsgrupp\p{L}*|plangrupp\p{L}*|prosjektgrupp\p{L}*|styringsgrupp\p{L}*|utarbeid\p{L}*|medlem\p{L}*|deltak\p{L}*|deltatt|skrevet|skreve|wrote|written|authors?|members?)$/u;

/**
 * A working group that made the plan, with the services in it ("• Arbeidsgruppe oppvekst 1:
 * Skole, voksenopplæring, PPT …"): the same kind of list, of services instead of people.
 */
const GROUP_LINE = /^(?:[•\-–*]\s*)?(?:arbeids|plan|prosjekt|styrings|referanse)grupp\p{L}*[^:.]{0,40}:\s/iu;

export function isRosterLine(text: string): boolean {
  const t = text.trim();
  return ROSTER_LINE.test(t) || GROUP_LINE.test(t);
}

/** The share of the words of these lines that are lines of the list. */
export function rosterShare(lines: readonly string[]): number {
  const all = lines.reduce((n, l) => n + words(l), 0);
  return all === 0 ? 0 : lines.filter(isRosterLine).reduce((n, l) => n + words(l), 0) / all;
}

/** True when the question's topic words ask who made the plan or sat in its group. */
export function asksAuthors(words: readonly string[]): boolean {
  return words.some((w) => AUTHORS.test(w));
}
