import type { AskResult, Citation } from '../knowledge';
import type { Contact } from '../plan/types';
import { renderCard } from './cards';

export const SILENT_TEXT = 'Kommunens dokumenter svarer ikke på dette. Jeg gjetter ikke. Ta kontakt med en av disse:';

function citationLabel(c: Citation): string {
  const parts = [c.document];
  if (c.section) parts.push(c.section);
  if (c.page !== null) parts.push(`s. ${c.page}`);
  return parts.join(' – ');
}

export interface AnswerCardInput {
  result: AskResult;
  questionHash: string;
  contacts: Contact[];
  /** True when "mer" would show further passages. */
  moreHint: boolean;
  /** "Svar" for a first answer, "Flere kilder" for a follow-up. */
  heading?: string;
}

/** The answer card: emergency block first, then the answer with citations, or an honest "no". */
export function answerCard(input: AnswerCardInput) {
  const { result } = input;
  const audience = result.emergencyAudience;
  return renderCard('answer', {
    emergency: result.emergency,
    // Unknown audience: show both lines; a frightened adult may be asking about a child.
    emergencyChild: result.emergency && audience !== 'adult',
    emergencyAdult: result.emergency && audience !== 'child',
    answered: result.answered,
    heading: input.heading ?? 'Svar',
    answer: result.answer,
    citations: result.citations.map((c) => ({ label: citationLabel(c), text: c.text, url: c.url ?? '' })),
    citationIds: result.citations.map((c) => c.id),
    questionHash: input.questionHash,
    moreHint: input.moreHint,
    silentText: SILENT_TEXT,
    contacts: input.contacts.map((c) => ({ name: c.name, value: [c.phone, c.when].filter(Boolean).join(' – ') || ' ' })),
  });
}
