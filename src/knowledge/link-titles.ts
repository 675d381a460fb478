import type { DocSection } from './structure';
import { spellings, trimAddress, WEB_ADDRESS } from './web-addresses';

/**
 * A link in a PDF keeps its text on the page and its address apart: extraction prints the text
 * where it stood ("KS Læring kurssøk") and the addresses of the page's links after the page's
 * text ("https://www.kslaring.no/…"), where no reader connects them. A short line whose letters
 * hold the name of an address's site is that link's text, and is given its address back: an
 * answer that shows the line shows where to go ("KS Læring kurssøk (https://www.kslaring.no/…)").
 * The address is kept beside the line, not in its words, so it changes no search and no choice.
 */

/** A line that is only web addresses, with or without "Se:" before them. */
const ADDRESS_LINE = /^(?:(?:se|les mer|lenke|link)\s*:\s*)?(?:(?:https?:\/\/|www\.)\S+\s*)+$/iu;
const HAS_ADDRESS = /https?:\/\/|www\./iu;

/** The most words a link's text may have: a title, not a sentence. */
const TITLE_WORDS = 8;

/** The shortest site name that may name a link: "imdi", "nkvts"; shorter ones match by chance. */
const SITE_LETTERS = 4;

/** The site's own name in an address: "kslaring" in https://www.kslaring.no/…, "meraker" in www.meraker.kommune.no. */
function siteName(address: string): string {
  const host = address.replace(/^https?:\/\//iu, '').split(/[/?#]/u)[0]!.toLowerCase();
  return host.replace(/^www\d?\./u, '').split('.')[0] ?? '';
}

/** How many words of the line the address's path holds ("vold-og-overgrep" for "Vold og overgrep – Helsenorge"). */
function pathShare(line: string, address: string): number {
  const path = address.toLowerCase().split(/[^\p{L}\d]+/u);
  return line
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2 && path.includes(w)).length;
}

/**
 * Gives each short line that names the site of one of the document's web addresses that address
 * (`link`). A site named in the document's title (the municipality's own) names no link: every
 * line about the municipality would hold it.
 */
export function withLinkAddresses(sections: DocSection[], docTitle: string): DocSection[] {
  const lines = sections.flatMap((s) => s.lines);
  const addresses = [...new Set(lines.filter((l) => ADDRESS_LINE.test(l.text.trim())).flatMap((l) => l.text.match(WEB_ADDRESS) ?? []))].map(trimAddress);
  if (addresses.length === 0) return sections;
  const own = spellings(docTitle).join(' ');
  const sites = addresses.map((a) => ({ address: a, site: siteName(a) })).filter((s) => s.site.length >= SITE_LETTERS && !own.includes(s.site));
  for (const line of lines) {
    if (line.kind !== 'para' && line.kind !== 'item') continue;
    if (HAS_ADDRESS.test(line.text) || /[.:!?]$/u.test(line.text.trim()) || line.text.split(/\s+/u).filter(Boolean).length > TITLE_WORDS) continue;
    const letters = spellings(line.text);
    // A number the line gives ("Rapport 4-24") must be in the address: a report of another number is another report.
    const numbers = line.text.match(/\d+/gu) ?? [];
    const named = sites.filter((s) => letters.some((l) => l.includes(s.site)) && numbers.every((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`, 'u').test(s.address)));
    if (named.length === 0) continue;
    const best = named.reduce((a, b) => (pathShare(line.text, b.address) > pathShare(line.text, a.address) ? b : a));
    line.link = best.address;
  }
  return sections;
}

/**
 * The answer with the address of each line that is a link's text after it, in brackets. The
 * answer may show the line with a marker or label before it ("• ", "Tiltak: ").
 */
export function withLinks(answer: string, lines: ReadonlyArray<{ text: string; link?: string }>): string {
  const linked = lines.filter((l) => l.link !== undefined);
  if (linked.length === 0) return answer;
  return answer
    .split('\n')
    .map((shown) => {
      const line = linked.find((l) => shown.endsWith(l.text) && !shown.includes(l.link!));
      return line ? `${shown} (${line.link})` : shown;
    })
    .join('\n');
}
