import { contactsFor, type AskResult, type Citation } from '../knowledge';
import type { Contact } from '../plan/types';
import { renderCard } from './cards';

export const SILENT_TEXT = 'Kommunens dokumenter svarer ikke på dette. Jeg gjetter ikke. Ta kontakt med en av disse:';

/** The heading of a coordinator's curated answer, and of the documents' passages shown under it. */
export const CURATED_HEADING = 'Godkjent svar fra planansvarlig';
const CURATED_SOURCES_HEADING = 'Mer i dokumentene';

/** One source on the card: a section of a document, with every passage shown from it. */
interface SourceEntry {
  label: string;
  passages: string[];
  url: string;
}

/**
 * Groups citations by document and section, in rank order: a section is listed once, with
 * all its passages behind "Les mer", and the document title is written once per entry.
 */
export function sourcesOf(citations: Citation[]): SourceEntry[] {
  const out = new Map<string, SourceEntry>();
  for (const c of citations) {
    const key = `${c.document}\u0000${c.section}`;
    const entry = out.get(key);
    if (entry) {
      entry.passages.push(c.text);
      continue;
    }
    const parts = [c.document];
    if (c.section && c.section !== c.document) parts.push(c.section);
    const label = parts.join(' › ') + (c.page !== null ? ` (s. ${c.page})` : '');
    out.set(key, { label, passages: [c.text], url: c.url ?? '' });
  }
  return [...out.values()];
}

export interface AnswerCardInput {
  result: AskResult;
  questionHash: string;
  contacts: Contact[];
  /** True when "mer" would show further passages. */
  moreHint: boolean;
  /** "Svar" for a first answer, "Flere kilder" for a follow-up. */
  heading?: string;
  /** The question held personal data: remind not to write it (it was not kept). */
  privacyReminder?: boolean;
  /** The question as searched, to pick the contacts that fit it. */
  question?: string;
  /** What an unanswered card says instead of SILENT_TEXT (e.g. that the documents are loading). */
  silentText?: string;
}

/**
 * The answer card: the emergency numbers first, then the answer with its sources, or an honest
 * "no". An answer on weak evidence says so and shows the contacts too.
 */
export function answerCard(input: AnswerCardInput) {
  const { result } = input;
  const uncertain = result.answered && !result.confident;
  return renderCard('answer', {
    emergency: result.emergency,
    privacyReminder: input.privacyReminder === true,
    answered: result.answered,
    uncertain,
    heading: input.heading ?? (result.curated ? CURATED_HEADING : uncertain ? 'Mulig svar' : 'Svar'),
    // A curated answer names what it rests on; the documents' passages follow it for "Les mer".
    curated: result.curated !== undefined,
    curatedSource: result.curated?.source ?? '',
    curatedLink: result.curated?.link ?? '',
    sourcesHeading: result.curated ? CURATED_SOURCES_HEADING : 'Kilder',
    answerLines: result.answer.split('\n').filter((l) => l.trim() !== ''),
    citations: sourcesOf(result.citations),
    citationIds: result.citations.map((c) => c.id),
    questionHash: input.questionHash,
    moreHint: input.moreHint,
    silentText: input.silentText ?? SILENT_TEXT,
    note: result.note ?? '',
    showContacts: !result.answered || uncertain,
    // Only the contacts that fit the question: in the evening, the one that answers in the evening.
    contacts: contactsFor(input.question ?? '', input.contacts).map((c) => ({ name: c.name, value: [c.phone, c.when].filter(Boolean).join(' – ') || ' ' })),
  });
}
