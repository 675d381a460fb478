/** The mutable state the wheel parser's steps share, and how a step consumes words. */

/** Mutable state threaded through the steps; each step consumes the words it understood. */
export interface State {
  text: string;
  months: Set<number>;
  /** ISO week numbers named ("uke 6"). */
  weeks: Set<number>;
  every: number | null;
  firstYear: number | null;
  deadline: string | null;
  continuous: boolean;
}

export function consume(s: State, pattern: string, onMatch: (m: string[]) => string | void): void {
  s.text = s.text.replace(new RegExp(pattern, 'gu'), (...args: unknown[]) => {
    // replace() passes (match, ...groups, offset, whole); keep match and groups.
    const kept = onMatch(args.slice(0, -2) as string[]);
    return ` ${kept ?? ''} `;
  });
}

/** Lower case, one kind of dash and space, no quoting punctuation; dots stay for dates. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[éèê]/g, 'e')
    .replace(/[–—]/g, '-')
    .replace(/[:;()«»"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

