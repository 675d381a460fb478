/**
 * Sentences of a paragraph, and the text a reader sees of a line the PDF extraction broke.
 */

/** Abbreviations whose full stop ends no sentence ("f.eks.", "bl.a.", "ca.", "nr."). */
const ABBREVIATION =
  /(?:^|[\s(])(?:f\.eks|bl\.a|ca|nr|jf|jfr|pkt|kap|dvs|evt|mv|osv|m\.m|t\.o\.m|ifm|iht|o\.l|mht|vedr|tlf|kl|ref|s|ev|pga|inkl|ekskl|stk|avd|adm|prof|el\.l|e\.l|bla|mfl|m\.fl|Prop|St\.meld|Meld\.St|jan|feb|aug|sept|okt|nov|des|\p{Lu})\.$/iu;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by
 * a capital, a digit, a quote or a list marker. Abbreviations, initials and dates ("16. juni")
 * do not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // A footnote mark after the full stop ("… støtte. (4) Neste") ends the sentence with it.
  const re = /[.!?]["»”)]?(?:\s*\(\d{1,2}(?:,\s*\d{1,2})*\))?\s+(?=[\p{Lu}«"“(•\d])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].trimEnd().length;
    const head = text.slice(start, end);
    if (ABBREVIATION.test(head.replace(/\s*\(\d{1,2}(?:,\s*\d{1,2})*\)$/, '').replace(/["»”)]$/, ''))) continue;
    // "Prop. 36 S", "§ 3-3. Kommunens": a number after a short numbered token is not a new sentence.
    if (/\d\.$/.test(head) && /^\d/.test(text.slice(m.index! + m[0].length))) continue;
    out.push(head.trim());
    start = m.index! + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  // "… noe den vil». Per Isdal (2000)": a source after a quote belongs to it, and so does a
  // footnote mark after the full stop ("… støtte. (4)").
  return out.reduce<string[]>((acc, s) => {
    if (acc.length > 0 && (/^\p{Lu}[\p{L}.\- ]{0,40}\(\d{4}\)\.?$/u.test(s) || /^\(\d{1,2}(?:,\s*\d{1,2})*\)\.?$/u.test(s))) acc[acc.length - 1] += ` ${s}`;
    else acc.push(s);
    return acc;
  }, []);
}

/** Words after a hanging hyphen that keep it: "barne- og ungdomstjenester". */
const KEEP_HYPHEN_BEFORE = new Set(['og', 'eller', 'til', 'som', 'samt', 'enn', 'and', 'or']);

/**
 * What a reader sees of a line of extracted text: a word the layout broke at a line end is
 * whole again, with its hyphen ("nyansatt- programmet" → "nyansatt-programmet", "TryggEst-
 * koordinator" → "TryggEst-koordinator"), footnote marks are gone ("relasjoner (1)." →
 * "relasjoner."), and spaces are single.
 */
export function readable(raw: string): string {
  return raw
    // Whether a hyphen at a line end was the layout's or the word's ("SLT-koordinator") the text
    // cannot tell; kept, the word reads whole either way and stays as the plan wrote it, so a
    // reader who searches the plan for the answer's words finds them.
    .replace(/(\p{L}+)- (\p{Ll}+)/gu, (whole, a: string, b: string) => (KEEP_HYPHEN_BEFORE.has(b) ? whole : `${a}-${b}`))
    .replace(/(?<=[\p{L}\p{N}.»"”)])\s*\((?:\d{1,2})(?:,\s*\d{1,2})*\)(?=[\s.,;:]|$)/gu, '')
    .replace(/^\((?:\d{1,2})(?:,\s*\d{1,2})*\)\s+(?=\p{Lu})/u, '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
