import { renderCard, type AdaptiveCardJson } from './cards';

const rendered = new Map<string, AdaptiveCardJson>();

/**
 * The welcome card: what the bot does, where answers come from, and no personal data. It depends
 * only on the municipality, so it is bound once and then reused ("hjelp" is a common turn).
 */
export function welcomeCard(deps: { municipality: string }): AdaptiveCardJson {
  let card = rendered.get(deps.municipality);
  if (!card) {
    card = renderCard('welcome', { assistantName: 'planassistenten', municipality: deps.municipality });
    rendered.set(deps.municipality, card);
  }
  return card;
}
