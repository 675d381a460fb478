import type { Plan, WheelEntry } from '../plan/types';
import { entriesForMonths } from '../reminders/occurrences';
import { MONTHS_NB, monthTextNb } from '../reminders/texts';
import { wheelDataUri, type WheelPicture } from '../reminders/wheel-image';
import { renderCard, type AdaptiveCardJson } from './cards';

/** The data cards/wheel.json binds. */
export interface WheelCardData {
  scope: string;
  image: string;
  imageAlt: string;
  months: Array<{ name: string; entries: Array<{ title: string; detail: string }> }>;
  /** What the picture shows, for tests and previews. */
  picture: WheelPicture;
}

/**
 * The "årshjul" card: this month and the next two, and the twelve months from this one as a
 * wheel picture, so the picture covers every month the list shows (November to October, not a
 * calendar year that the list runs out of). In a channel only its subscribed audiences count
 * (`audiences` set); in a personal chat all of them. `today` is YYYY-MM-DD in Oslo.
 */
export function wheelCardData(plan: Pick<Plan, 'wheel'>, today: string, audiences?: readonly string[]): WheelCardData {
  const wheel = audiences ? plan.wheel.filter((e) => audiences.includes(e.audience)) : plan.wheel;
  const month = today.slice(0, 7);
  const year = entriesForMonths({ wheel }, month, 12);
  const picture: WheelPicture = {
    months: year.map((m) => ({ year: Number(m.month.slice(0, 4)), month: Number(m.month.slice(5, 7)), count: m.entries.length })),
    today,
  };
  const last = year[year.length - 1]!.month;
  const detail = (e: WheelEntry) => [e.audience, e.responsible].filter(Boolean).join(' · ');
  const name = (ym: string) => `${MONTHS_NB[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
  return {
    scope: audiences ? (audiences.length ? `For målgruppene i denne kanalen: ${audiences.join(', ')}` : 'Denne kanalen abonnerer ikke på noen målgruppe ennå.') : 'Alle målgrupper',
    image: wheelDataUri(picture),
    imageAlt: `Årshjulet fra ${name(month)} til ${name(last)}, med antall aktiviteter per måned. ${monthTextNb(month).split(' ')[0]} er denne måneden.`,
    months: year.slice(0, 3).map((m) => ({
      name: monthTextNb(m.month),
      entries: m.entries.map((e) => ({ title: e.title, detail: detail(e) })),
    })),
    picture,
  };
}

export function wheelCard(plan: Pick<Plan, 'wheel'>, today: string, audiences?: readonly string[]): AdaptiveCardJson {
  const { picture: _picture, ...data } = wheelCardData(plan, today, audiences);
  return renderCard('wheel', data);
}
