import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import { EMAIL_MASK, FNR_MASK, PHONE_MASK, findPersonalData, maskPersonalData } from '../common/mask';
import { detectEmergency, questionHash, type AskOptions, type AskResult } from '../knowledge';
import type { Contact } from '../plan/types';
import { parseFeedback, type FeedbackStore } from '../storage/feedback-store';
import type { UnansweredRecorder } from '../unanswered/recorder';
import { answerCard } from './answer-card';
import { cardAttachment } from './cards';
import type { BotDeps } from './app';
import type { MessageCtx } from './routes/message';

/** What the bot needs of the answer engine. */
export interface Answerer {
  ask(question: string, options?: AskOptions): AskResult;
  /** False while the documents are still being indexed (the bot listens before that); default true. */
  readonly ready?: boolean;
}

export const ASK_TEXTS = {
  loading: 'Dokumentene lastes inn, prøv igjen om litt.',
  noPrevious: 'Jeg har ikke noe spørsmål å vise flere kilder for. Still et spørsmål først.',
  noMore: 'Jeg finner ikke flere relevante kilder for dette spørsmålet.',
  feedbackThanks: 'Takk for tilbakemeldingen!',
  feedbackInvalid: 'Tilbakemeldingen kunne ikke lagres fordi den inneholdt ugyldige data.',
};

const PAGE = 3;

const MASKS = new RegExp([FNR_MASK, PHONE_MASK, EMAIL_MASK].map((m) => m.replace(/[[\]]/g, '\\$&')).join('|'), 'g');

/**
 * The question without the personal data it holds, and whether it held any. Only this is
 * searched, remembered for "mer", hashed or logged: a fødselsnummer, phone number or e-mail
 * address says nothing the documents could answer.
 */
export function withoutPersonalData(text: string): { question: string; hadPersonalData: boolean } {
  const found = findPersonalData(text);
  const hadPersonalData = found.fnr || found.phone || found.email;
  return { question: hadPersonalData ? maskPersonalData(text).replace(MASKS, ' ').replace(/\s+/g, ' ').trim() : text, hadPersonalData };
}
const FOLLOW_UP_TTL_MS = 30 * 60 * 1000;
const MAX_REMEMBERED = 1000;

/**
 * The Ask capability in Teams: free text → answer card; "mer" → the next passages for the
 * previous question; 👍/👎 → stored as a verdict with a hash of the question, never its text.
 * The previous question is kept in memory only, for "mer", and forgotten after 30 minutes.
 * Refusals, "Mulig svar" and 👎 also go to `unanswered`, which masks the text and drops the asker.
 */
export function askFeature(deps: {
  kb: Answerer; contacts: Contact[]; feedback: FeedbackStore; clock: Clock; log: ILogger;
  /** Questions without a good answer, masked and without the asker (src/unanswered); none when unset. */
  unanswered?: UnansweredRecorder;
}): Partial<BotDeps> {
  const log = deps.log.child('ask');
  const last = new Map<string, { question: string; shown: number; at: number }>();

  function remember(conversationId: string, question: string, shown: number): void {
    const now = deps.clock.now().getTime();
    last.delete(conversationId);
    last.set(conversationId, { question, shown, at: now });
    for (const [key, value] of last) {
      if (last.size <= MAX_REMEMBERED && now - value.at < FOLLOW_UP_TTL_MS) break;
      last.delete(key);
    }
  }

  async function reply(ctx: MessageCtx, result: AskResult, question: string, heading?: string, privacyReminder = false): Promise<void> {
    const card = answerCard({
      result,
      questionHash: questionHash(question),
      contacts: deps.contacts,
      moreHint: result.citations.length === PAGE,
      privacyReminder,
      question,
      ...(heading ? { heading } : {}),
    });
    await ctx.send({ type: 'message', attachments: [cardAttachment(card)] });
  }

  /**
   * Before the first index is built: the emergency numbers still come first (detecting danger
   * needs no index), then the documents are loading.
   */
  async function loading(ctx: MessageCtx, question: string, hadPersonalData: boolean): Promise<void> {
    const signal = detectEmergency(question);
    log.info(`answered=false loading=true emergency=${signal.emergency} personalData=${hadPersonalData}`);
    if (!signal.emergency && !hadPersonalData) return void (await ctx.send(ASK_TEXTS.loading));
    const result: AskResult = { answer: '', answered: false, confident: false, emergency: signal.emergency, emergencyAudience: signal.audience, citations: [] };
    const card = answerCard({ result, questionHash: questionHash(question), contacts: deps.contacts, moreHint: false, privacyReminder: hadPersonalData, silentText: ASK_TEXTS.loading });
    await ctx.send({ type: 'message', attachments: [cardAttachment(card)] });
  }

  async function ask(ctx: MessageCtx, text: string): Promise<void> {
    const { question, hadPersonalData } = withoutPersonalData(text);
    if (deps.kb.ready === false) return loading(ctx, question, hadPersonalData);
    const result = deps.kb.ask(question, { top: PAGE });
    log.info(`answered=${result.answered} emergency=${result.emergency} curated=${result.curated !== undefined} citations=${result.citations.length} personalData=${hadPersonalData}`);
    log.debug(`question: ${question}`);
    if (result.answered) remember(ctx.activity.conversation.id, question, result.citations.length);
    await deps.unanswered?.answered({ conversationId: ctx.activity.conversation.id, text, questionHash: questionHash(question), result });
    await reply(ctx, result, question, undefined, hadPersonalData);
  }

  async function more(ctx: MessageCtx, args: string): Promise<void> {
    if (args) return ask(ctx, `mer ${args}`);
    const previous = last.get(ctx.activity.conversation.id);
    if (!previous || deps.clock.now().getTime() - previous.at > FOLLOW_UP_TTL_MS) {
      await ctx.send(ASK_TEXTS.noPrevious);
      return;
    }
    const result = deps.kb.ask(previous.question, { top: PAGE, offset: previous.shown });
    if (result.citations.length === 0) {
      await ctx.send(ASK_TEXTS.noMore);
      return;
    }
    remember(ctx.activity.conversation.id, previous.question, previous.shown + result.citations.length);
    await reply(ctx, { ...result, emergency: false }, previous.question, 'Flere kilder');
  }

  return {
    fallback: ask,
    commands: { mer: more },
    verbs: {
      'answer.feedback': async (ctx, data) => {
        const feedback = parseFeedback(data);
        if (!feedback) {
          log.warn('feedback with invalid card data ignored');
          return { message: ASK_TEXTS.feedbackInvalid };
        }
        await deps.feedback.record(feedback, deps.clock.now());
        if (feedback.verdict === 'down') await deps.unanswered?.downvoted(ctx.activity.conversation.id, feedback.questionHash);
        log.info(`feedback ${feedback.verdict}`);
        return { message: ASK_TEXTS.feedbackThanks };
      },
    },
  };
}
