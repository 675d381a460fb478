import { renderCard } from './cards';

/** The welcome card: what the bot does, where answers come from, and no personal data. */
export function welcomeCard(deps: { municipality: string }) {
  return renderCard('welcome', { assistantName: 'planassistenten', municipality: deps.municipality });
}
