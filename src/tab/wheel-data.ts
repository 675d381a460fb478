import { wheelCardData } from '../bot/wheel-card';
import type { Plan } from '../plan/types';
import { entriesForMonths } from '../reminders/occurrences';
import { monthTextNb } from '../reminders/texts';
import { wheelSvg } from '../reminders/wheel-svg';
import type { WheelDto } from './api-types';

/**
 * The Årshjul page's data: the chat's `årshjul` picture (same months, same counts, same SVG and
 * alt text, from wheelCardData) and every entry of the twelve months it shows. `today` is
 * YYYY-MM-DD in Oslo.
 */
export function wheelData(plan: Pick<Plan, 'wheel'>, today: string): WheelDto {
  const card = wheelCardData(plan, today);
  const months = entriesForMonths(plan, today.slice(0, 7), card.picture.months.length);
  return {
    today,
    svg: wheelSvg(card.picture),
    alt: card.imageAlt,
    months: months.map((m) => ({
      month: m.month,
      name: monthTextNb(m.month),
      entries: m.entries.map((e) => ({
        id: e.id, title: e.title, todo: e.todo, audience: e.audience, measures: e.measures,
        ...(e.responsible ? { responsible: e.responsible } : {}),
      })),
    })),
  };
}
