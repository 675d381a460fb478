/**
 * Teams renders markdown in Adaptive Card TextBlocks and FactSet facts, and in message text. A
 * value that came from data or from a person (a measure or wheel title, a contact, a display
 * name, a team name, a comment, card data) is shown as written: this file is the one place that
 * escapes it. Cards get it without asking (`renderCard` marks every bound value in those
 * properties and escapes it); message texts build with `md`.
 */

/**
 * Backslash-escapes what markdown could read as formatting, a link, an image, html or code, and
 * keeps a line from starting a list, heading, quote or rule. Parentheses, dots and hyphens inside
 * a line stay as they are: without "[" a parenthesis is no link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|{}]/g, '\\$&')
    .replace(/^([ \t]*)(#|[-+](?=\s)|\d+[.)](?=\s)|[-=]+(?=\s*$))/gm, (_m, space: string, marker: string) =>
      marker.startsWith('#') || /^[-=+]/.test(marker) ? `${space}\\${marker}` : `${space}${marker.replace(/([.)])$/, '\\$1')}`);
}

/**
 * A message text whose interpolated values are escaped and whose own words are not:
 * md`Hei, ${team}!` shows the team name as written. Arrays are joined with ", ".
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const shown = (v: unknown) => (Array.isArray(v) ? v.map((x) => escapeMarkdown(String(x))).join(', ') : escapeMarkdown(String(v)));
  return strings.reduce((out, s, i) => out + s + (i < values.length ? shown(values[i]) : ''), '');
}

// Private-use characters around each bound value in a markdown property, until it is escaped.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const HAS_MARK = /[\uE000\uE001]/;
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;

/** Card elements whose strings Teams reads as markdown, and which of their properties. */
function markdownProperties(element: Record<string, unknown>, parentKey: string): string[] {
  if (element.type === 'TextBlock') return ['text'];
  if (parentKey === 'facts') return ['title', 'value'];
  return [];
}

function markExpressions(value: string, where: string): string {
  const marked = value.replace(/\$\{[^{}]*\}/g, (e) => `${OPEN}${e}${CLOSE}`);
  // An expression with braces inside it would be bound unescaped: refuse the template instead.
  if (marked.replace(MARKED, '').includes('${')) throw new Error(`card template: ${where} holds an expression with braces inside`);
  return marked;
}

/**
 * Prepares a card template once, when it is loaded: every `${…}` in a TextBlock's text or a
 * fact's title or value is marked, so the value bound there is escaped after binding. The
 * template's own words (what a municipality writes in the Designer) keep their markdown.
 */
export function markBoundMarkdown(template: unknown, parentKey = ''): unknown {
  if (Array.isArray(template)) return template.map((t) => markBoundMarkdown(t, parentKey));
  if (!template || typeof template !== 'object') return template;
  const element = template as Record<string, unknown>;
  const props = markdownProperties(element, parentKey);
  return Object.fromEntries(Object.entries(element).map(([key, value]) => [
    key,
    typeof value === 'string' && props.includes(key) ? markExpressions(value, `${String(element.type ?? parentKey)}.${key}`) : markBoundMarkdown(value, key),
  ]));
}

/** Binding data must not carry the marks itself: they are removed from every string in it. */
export function withoutMarks(data: unknown): unknown {
  if (typeof data === 'string') return HAS_MARK.test(data) ? data.replace(MARKS, '') : data;
  if (Array.isArray(data)) return data.map(withoutMarks);
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withoutMarks(v)]));
  return data;
}

/** After binding: each marked value escaped, and the marks gone. */
export function escapeMarked(card: unknown): unknown {
  if (typeof card === 'string') return card.includes(OPEN) ? card.replace(MARKED, (_m, v: string) => escapeMarkdown(v)).replace(MARKS, '') : card;
  if (Array.isArray(card)) return card.map(escapeMarked);
  if (card && typeof card === 'object') return Object.fromEntries(Object.entries(card).map(([k, v]) => [k, escapeMarked(v)]));
  return card;
}
