import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** The folder of editable card templates (Adaptive Cards Designer compatible). */
export const CARDS_DIR = path.resolve(__dirname, '..', '..', 'cards');

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard' };

const cache = new Map<string, unknown>();

function template(name: string): unknown {
  let json = cache.get(name);
  if (!json) {
    json = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8'));
    cache.set(name, json);
  }
  return json;
}

/** Binds a template from cards/ with data; cards are data, so this is the only card code. */
export function renderCard(name: string, data: object): AdaptiveCardJson {
  const expanded = new ACData.Template(template(name)).expand({ $root: data }) as AdaptiveCardJson;
  return expanded;
}

/** Wraps a card as a message attachment. */
export function cardAttachment(card: AdaptiveCardJson) {
  return { contentType: 'application/vnd.microsoft.card.adaptive' as const, content: card };
}
