/* The adaptivecards package ships a UMD bundle that runs in Node; its "main" is ESM-only. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/** The verbs design.md allows for Action.Execute. */
export const KNOWN_VERBS = ['measure.propose', 'measure.approve', 'measure.reject', 'measure.refresh', 'answer.feedback', 'reminder.done'];

/** Parses a card with the official Adaptive Cards parser; returns every problem it reports. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  const validation = parsed.validateProperties() as { validationEvents: Array<{ message: string }> };
  for (const e of validation.validationEvents) problems.push(e.message);
  collectVerbs(card).forEach((verb) => {
    if (!KNOWN_VERBS.includes(verb)) problems.push(`unknown verb ${verb}`);
  });
  return problems;
}

/** Every Action.Execute verb in a card, however deep. */
export function collectVerbs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectVerbs(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute') out.push(String(o.verb));
    Object.values(o).forEach((v) => collectVerbs(v, out));
  }
  return out;
}
