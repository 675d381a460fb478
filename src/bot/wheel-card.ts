import type { Plan, WheelEntry } from '../plan/types';
import { entriesForMonths } from '../reminders/occurrences';
import { monthTextNb } from '../reminders/texts';
import { wheelDataUri } from '../reminders/wheel-image';
import { renderCard, type AdaptiveCardJson } from './cards';

/** The data cards/wheel.json binds. */
export interface WheelCardData {
  scope: string;
  image: string;
  imageAlt: string;
  months: Array<{ name: string; entries: Array<{ title: string; detail: string }> }>;
}

/**
 * The "årshjul" card: this month and the next two, and the year as a wheel picture. In a channel
 * only its subscribed audiences count (`audiences` set); in a personal chat all of them.
 */
export function wheelCardData(plan: Pick<Plan, 'wheel'>, month: string, audiences?: readonly string[]): WheelCardData {
  const wheel = audiences ? plan.wheel.filter((e) => audiences.includes(e.audience)) : plan.wheel;
  const [year, current] = month.split('-').map(Number) as [number, number];
  const counts = entriesForMonths({ wheel }, `${year}-01`, 12).map((m) => m.entries.length);
  const detail = (e: WheelEntry) => [e.audience, e.responsible].filter(Boolean).join(' · ');
  return {
    scope: audiences ? (audiences.length ? `For målgruppene i denne kanalen: ${audiences.join(', ')}` : 'Denne kanalen abonnerer ikke på noen målgruppe ennå.') : 'Alle målgrupper',
    image: wheelDataUri({ counts, currentMonth: current, year }),
    imageAlt: `Årshjulet ${year} med antall aktiviteter per måned. ${monthTextNb(month).split(' ')[0]} er denne måneden.`,
    months: entriesForMonths({ wheel }, month, 3).map((m) => ({
      name: monthTextNb(m.month),
      entries: m.entries.map((e) => ({ title: e.title, detail: detail(e) })),
    })),
  };
}

export function wheelCard(plan: Pick<Plan, 'wheel'>, month: string, audiences?: readonly string[]): AdaptiveCardJson {
  return renderCard('wheel', wheelCardData(plan, month, audiences));
}

