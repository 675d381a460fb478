import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { escapeMarked, markBoundMarkdown, withoutMarks } from './markdown';

/** The folder of editable card templates (Adaptive Cards Designer compatible). */
export const CARDS_DIR = path.resolve(__dirname, '..', '..', 'cards');

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

// Building a Template costs ~3 ms (it copies and prepares the JSON); expanding one ~0.07 ms.
const cache = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let tpl = cache.get(name);
  if (!tpl) {
    tpl = new ACData.Template(markBoundMarkdown(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8'))));
    cache.set(name, tpl);
  }
  return tpl;
}

/**
 * Binds a template from cards/ with data; cards are data, so this is the only card code. Data is
 * plain text: what lands in a TextBlock or a fact is markdown-escaped here (see markdown.ts).
 */
export function renderCard(name: string, data: object): AdaptiveCardJson {
  return escapeMarked(template(name).expand({ $root: withoutMarks(data) })) as AdaptiveCardJson;
}

/** Wraps a card as a message attachment. */
export function cardAttachment(card: AdaptiveCardJson) {
  return { contentType: 'application/vnd.microsoft.card.adaptive' as const, content: card };
}
