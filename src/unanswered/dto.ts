/**
 * The JSON of GET /api/tab/unanswered, shared by the server and the tab's client. No imports:
 * the client takes this file without pulling in server code.
 */

/** The tab page's hash route, without '#'; also the Teams deep link's subEntityId. */
export const UNANSWERED_PAGE = 'uten-svar';

/** The curated-answer form's page, which takes the question in `?sporsmal=`. */
export const CURATED_FORM_PAGE = 'kuraterte';

/** One group of questions, masked; nothing about who asked. */
export interface UnansweredQuestionDto {
  id: string;
  text: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  reason: 'refused' | 'uncertain' | 'downvoted';
  /** The label the answer card showed. */
  label: 'Svar' | 'Mulig svar' | 'Ikke besvart';
  answerLine: string;
}

export interface UnansweredDto {
  /** False with UNANSWERED_LOG=off: nothing is recorded. */
  enabled: boolean;
  retentionDays: number;
  questions: UnansweredQuestionDto[];
}
