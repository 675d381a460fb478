import type { RawMeasure } from './tables';
import { roleOf, type Role } from './roles';

/** "Ansvar: Skolene" → ["responsible", "Skolene"]; "Frist:" alone → ["timing", ""]. */
export function labelled(text: string): [Role, string] | undefined {
  const m = /^([\p{L} /]{2,40}?)\s*:\s*([\s\S]*)$/u.exec(text);
  if (!m) return undefined;
  const role = roleOf(m[1]!);
  return role && role !== 'id' ? [role, m[2]!.trim()] : undefined;
}

/**
 * Measures written as labelled lines, as some plans do after each numbered measure:
 * "Tiltak: …", "Ansvar: …", "Frist: …". A block needs the measure and at least one of when,
 * who or evaluation; a label alone on its line takes the lines after it as its text.
 */
export class LabelledBlocks {
  private current: Partial<Record<Role, string>> | undefined;
  /** Number and goal around the block, taken where it starts: the next measure's number comes later. */
  private ctx: { number?: string; goal?: string } = {};
  private last: Role | undefined;
  readonly measures: Array<RawMeasure & { at: number }> = [];

  constructor(private readonly context: (at: number) => { number?: string; goal?: string }) {}

  /** Feeds one body paragraph (or a row of a label/value table as "Label: value"). */
  line(text: string, at: number): void {
    const l = labelled(text);
    if (l) {
      const [role, value] = l;
      if (role === 'title' || (this.current?.[role] !== undefined && role !== 'goal')) this.flush(at);
      if (!this.current) this.ctx = this.context(at);
      this.current ??= {};
      this.current[role] = value;
      this.last = role;
      return;
    }
    // A line right after an empty label is that label's text; after a filled one it ends the block.
    if (this.current && this.last && this.current[this.last] === '') this.current[this.last] = text;
    else if (this.current && this.last && this.last !== 'title' && text.length < 200 && /^[-•–]/.test(text)) this.current[this.last] += `\n${text}`;
    else this.flush(at);
  }

  flush(at: number): void {
    const c = this.current;
    this.current = undefined;
    this.last = undefined;
    if (!c?.title || !(c.timing || c.responsible || c.evaluation)) return;
    const ctx = this.ctx;
    this.measures.push({
      at,
      ...(ctx.number ? { number: ctx.number } : {}),
      ...(c.goal ? { goal: c.goal } : ctx.goal ? { goal: ctx.goal } : {}),
      title: c.title, timing: c.timing ?? '', responsible: c.responsible ?? '', evaluation: c.evaluation ?? '', targetGroup: c.targetGroup ?? '',
    });
  }
}
