import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import { RecentMap } from '../common/recent-map';
import type { AskResult } from '../knowledge';
import { groupId, redact, redactAnswerLine, type KnownWords } from './redact';
import type { AnswerLabel, UnansweredEntry, UnansweredReason, UnansweredStore } from './types';

/** An answer card the bot just sent. */
export interface AnswerSeen {
  /** Only to find this chat's last answer when a 👎 comes; never stored. */
  conversationId: string;
  /** What the user wrote; masked here before anything is kept, in memory or stored. */
  text: string;
  /** The hash the card's 👍/👎 carry (`questionHash` of the question as searched). */
  questionHash: string;
  result: Pick<AskResult, 'answered' | 'confident' | 'emergency' | 'answer'>;
}

/** What the Ask capability tells the log of questions without a good answer. */
export interface UnansweredRecorder {
  /** Records a refusal or a "Mulig svar"; remembers every answer (masked, in memory) for a later 👎. */
  answered(seen: AnswerSeen): Promise<void>;
  /** A 👎 on the card with `questionHash`: records the question if it was this chat's last answer. */
  downvoted(conversationId: string, questionHash: string): Promise<void>;
}

/** As long as "mer" remembers a question (src/bot/ask.ts). */
const REMEMBER_MS = 30 * 60 * 1000;
const MAX_REMEMBERED = 1000;

/** UNANSWERED_LOG=off: nothing is recorded and nothing remembered. */
export const RECORDING_OFF: UnansweredRecorder = { answered: async () => undefined, downvoted: async () => undefined };

export interface RecorderDeps {
  store: UnansweredStore;
  words: KnownWords;
  clock: Clock;
  log: ILogger;
}

function labelOf(result: AnswerSeen['result']): AnswerLabel {
  return !result.answered ? 'Ikke besvart' : result.confident ? 'Svar' : 'Mulig svar';
}

/**
 * Records questions without a good answer: refused, "Mulig svar", or marked 👎. The text is
 * redacted (redact.ts) before it is kept anywhere, and nothing of the asker is: the conversation
 * id only keys what this instance remembers for 30 minutes, because a 👎 card carries only a
 * hash. A 👎 that reaches another instance, or comes later, records nothing. Questions that
 * raised the emergency block are never recorded: they describe a situation, not a missing guide.
 * Storing never stands in the way of an answer: failures are logged, without the text.
 */
export function unansweredRecorder(deps: RecorderDeps): UnansweredRecorder {
  const log = deps.log.child('unanswered');
  const last = new RecentMap<{ questionHash: string; entry: Omit<UnansweredEntry, 'reason'> }>(deps.clock, REMEMBER_MS, MAX_REMEMBERED);

  async function record(entry: Omit<UnansweredEntry, 'reason'>, reason: UnansweredReason): Promise<void> {
    try {
      await deps.store.record({ ...entry, reason }, deps.clock.now());
      log.info(`question without a good answer recorded (${reason})`);
    } catch (err) {
      log.warn(`could not record a question without a good answer (${reason}): ${(err as Error).name}`);
    }
  }

  return {
    async answered(seen) {
      if (seen.result.emergency) return;
      const text = redact(seen.text, deps.words);
      if (!/\p{L}/u.test(text)) return;
      const entry = { id: groupId(text), text, label: labelOf(seen.result), answerLine: seen.result.answered ? redactAnswerLine(seen.result.answer, deps.words) : '' };
      last.set(seen.conversationId, { questionHash: seen.questionHash, entry });
      if (!seen.result.answered) await record(entry, 'refused');
      else if (!seen.result.confident) await record(entry, 'uncertain');
    },
    async downvoted(conversationId, questionHash) {
      const remembered = last.get(conversationId);
      if (remembered?.questionHash !== questionHash) return;
      // One 👎 per answer: a second click on the same card counts once.
      last.delete(conversationId);
      await record(remembered.entry, 'downvoted');
    },
  };
}
