import { renderCard, type AdaptiveCardJson } from './cards';

const rendered = new Map<string, AdaptiveCardJson>();

/**
 * The welcome card: what the bot does, where answers come from, and no personal data. It depends
 * only on the municipality, so it is bound once and then reused ("hjelp" is a common turn).
 */
export function welcomeCard(deps: { municipality: string; config?: { unansweredLog?: boolean } }): AdaptiveCardJson {
  // The card says questions without a good answer are kept only when they are (UNANSWERED_LOG).
  const keepsUnanswered = deps.config?.unansweredLog !== false;
  const key = `${deps.municipality}\u0000${keepsUnanswered}`;
  let card = rendered.get(key);
  if (!card) {
    card = renderCard('welcome', { assistantName: 'planassistenten', municipality: deps.municipality, keepsUnanswered });
    rendered.set(key, card);
  }
  return card;
}
