import { osloDate } from '../measures/summary';
import type { CuratedAnswer } from './types';

/** A curated answer due for review: for the coordinators' digest and the tab. */
export interface CuratedDue {
  id: string;
  /** The main question. */
  question: string;
  owner?: string;
  /** YYYY-MM-DD; absent when the row has no readable review date. */
  reviewBy?: string;
  /** The item in SharePoint, when the answers live there. */
  url?: string;
}

/**
 * The curated answers past their review date on this Oslo day (or without one), the oldest
 * first. An answer stays in use while it waits: the list only says it should be looked at.
 */
export function curatedDueForReview(answers: readonly CuratedAnswer[], now: Date): CuratedDue[] {
  const today = osloDate(now);
  return answers
    .filter((a) => a.reviewBy === undefined || a.reviewBy < today)
    .map((a) => ({
      id: a.id, question: a.questions[0] ?? '',
      ...(a.owner ? { owner: a.owner } : {}), ...(a.reviewBy ? { reviewBy: a.reviewBy } : {}), ...(a.ref.url ? { url: a.ref.url } : {}),
    }))
    .sort((a, b) => (a.reviewBy ?? '').localeCompare(b.reviewBy ?? ''));
}
