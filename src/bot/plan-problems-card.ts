import { KIND_LABELS, LIST_LABELS, type PlanProblem } from '../plan/problems';
import { renderCard, type AdaptiveCardJson } from './cards';

/** The data cards/plan-problems.json binds. */
export interface PlanProblemsCardData {
  heading: string;
  intro: string;
  problems: Array<{ row: string; reason: string; url: string }>;
  more: string;
  footer: string;
}

/** A card lists this many; the rest are counted, and `npm run plan -- check` prints them all. */
export const MAX_PROBLEMS_ON_CARD = 25;

const plural = (n: number) => (n === 1 ? '1 problem' : `${n} problemer`);

function rowText(p: PlanProblem): string {
  const where = p.ref.line !== undefined ? `linje ${p.ref.line}` : `rad ${p.ref.position}`;
  const name = [p.id, p.title ? `«${p.title}»` : ''].filter(Boolean).join(' ');
  return `${LIST_LABELS[p.ref.list]}, ${where}${name ? `: ${name}` : ''}`;
}

/**
 * The coordinators' card: each problem with its row, its reason and a link to the list item.
 * `source` says where to fix them; `checkedAt` is the Oslo time of the reading.
 */
export function planProblemsCardData(problems: readonly PlanProblem[], source: 'file' | 'sharepoint', checkedAt: string): PlanProblemsCardData {
  const where = source === 'sharepoint' ? 'i SharePoint-listene' : 'i planfilen';
  const shown = problems.slice(0, MAX_PROBLEMS_ON_CARD);
  return {
    heading: problems.length ? `Planen har ${plural(problems.length)}` : 'Ingen problemer i planen',
    intro: problems.length
      ? `Resten av planen virker som før. Rett radene ${where}; rettede problemer forsvinner fra dette kortet.`
      : `Alle rader ${where} kan brukes.`,
    problems: shown.map((p) => ({ row: rowText(p), reason: `${KIND_LABELS[p.kind]}: ${p.message}`, url: p.ref.url ?? '' })),
    more: problems.length > shown.length ? `… og ${problems.length - shown.length} til. Alle står i «npm run -s plan -- check».` : '',
    footer: `Sist sjekket ${checkedAt}.`,
  };
}

export function planProblemsCard(problems: readonly PlanProblem[], source: 'file' | 'sharepoint', checkedAt: string): AdaptiveCardJson {
  return renderCard('plan-problems', planProblemsCardData(problems, source, checkedAt));
}

/** A card that an update replaced: short, so the newest card is the one to read. */
export function replacedProblemsCard(): AdaptiveCardJson {
  return renderCard('plan-problems', {
    heading: 'Erstattet', intro: 'Denne oversikten er erstattet av en nyere lenger ned i chatten.', problems: [], more: '', footer: 'Skriv «problemer» for å se den nyeste.',
  });
}
