import type { ILogger } from '@microsoft/teams.common';
import { cardAttachment, renderCard } from '../bot/cards';
import type { MessageSender } from '../bot/message-sender';
import type { Clock } from '../common/clock';
import { formatDateNo } from '../common/dates';
import type { Person } from '../plan/types';
import { osloDate } from '../reminders/calendar';
import type { ConversationStore } from '../storage/conversation-store';
import type { OnceStore } from '../storage/once';
import type { UnansweredGroup, UnansweredStore } from './types';
import { digestWindow } from './week';

/** The most questions one card lists; the rest are counted and wait in the tab. */
export const DIGEST_MAX_QUESTIONS = 10;

export const DIGEST_TEXTS = {
  where: 'Se alle i fanen Handlingsplan, siden «Spørsmål uten godt svar».',
  footer: 'Teksten er maskert: fødselsnummer, telefonnummer, e-post og ord som kan være navn er fjernet. Hvem som spurte, er ikke lagret.',
} as const;

const REASON_TEXT: Record<UnansweredGroup['reason'], string> = {
  refused: 'Ikke besvart',
  uncertain: 'Mulig svar',
  downvoted: 'Markert som ikke nyttig',
};

/** A curated answer past its review date, as the digest lists it. */
export interface DueAnswer {
  question: string;
  /** YYYY-MM-DD; absent when the row has none. */
  reviewBy?: string;
}

/**
 * The digest card: the week's new questions, masked, the curated answers past their review date,
 * and the way to the tab page.
 */
export function digestCard(groups: UnansweredGroup[], since: Date, url: string | undefined, due: DueAnswer[] = []) {
  const shown = groups.slice(0, DIGEST_MAX_QUESTIONS);
  const n = groups.length;
  const dueShown = due.slice(0, DIGEST_MAX_QUESTIONS);
  return renderCard('unanswered-digest', {
    intro:
      n > 0
        ? `${n === 1 ? 'Ett nytt spørsmål' : `${n} nye spørsmål`} siden ${formatDateNo(osloDate(since))} fikk ikke et godt svar fra dokumentene.`
        : `Ingen nye spørsmål uten godt svar siden ${formatDateNo(osloDate(since))}.`,
    questions: shown.map((g) => ({ text: g.text, detail: `${REASON_TEXT[g.reason]} · ${g.count === 1 ? 'stilt én gang' : `stilt ${g.count} ganger`}` })),
    more: n > shown.length ? `… og ${n - shown.length} til.` : '',
    hasDue: due.length > 0,
    due: dueShown.map((d) => ({ text: d.question, detail: d.reviewBy ? `Skulle vært gjennomgått ${formatDateNo(d.reviewBy)}` : 'Mangler dato for gjennomgang' })),
    dueMore: due.length > dueShown.length ? `… og ${due.length - dueShown.length} til.` : '',
    url: url ?? '',
    where: DIGEST_TEXTS.where,
    footer: DIGEST_TEXTS.footer,
  });
}

export interface DigestDeps {
  store: UnansweredStore;
  /** The claim: one instance sends each week's digest. */
  once: OnceStore;
  /** Read at each run: the live plan's coordinators. */
  coordinators(): Person[];
  conversations: Pick<ConversationStore, 'personalChatOf'>;
  sender: MessageSender;
  clock: Clock;
  log: ILogger;
  /** The tab page, as a link a coordinator can open from the card; undefined when none can be made. */
  pageUrl(): string | undefined;
  /** Curated answers past their review date on this day: listed in the same card. */
  curatedDue?(now: Date): DueAnswer[];
}

export type DigestOutcome = 'not-due' | 'done' | 'nothing-new' | 'claimed-elsewhere' | { sent: number; questions: number };

/**
 * The weekly digest: on the week's first working day from 09:00 Europe/Oslo, the groups first seen
 * since the previous week's digest time, and the curated answers past their review date, go to
 * each coordinator's personal chat. Every instance
 * runs this every minute; the first to claim the week in the OnceStore sends, the others see the
 * claim and stop. A week with neither sends nothing. A digest cut short by a crash after
 * the claim is not sent again: the tab shows the same questions.
 */
export function weeklyDigest(deps: DigestDeps): { run(now?: Date): Promise<DigestOutcome> } {
  const log = deps.log.child('unanswered');
  /** Weeks this instance has finished with, so the minutes after that cost no store call. */
  const finished = new Set<string>();

  async function send(groups: UnansweredGroup[], since: Date, due: DueAnswer[]): Promise<number> {
    const card = digestCard(groups, since, deps.pageUrl(), due);
    let sent = 0;
    for (const c of deps.coordinators()) {
      const ref = await deps.conversations.personalChatOf(c.aadObjectId);
      if (!ref) continue;
      const res = await deps.sender.send(ref, { type: 'message', attachments: [cardAttachment(card)] });
      if (res.kind === 'sent') sent++;
      else log.warn(`could not send the weekly digest to a coordinator (${res.kind})`);
    }
    return sent;
  }

  return {
    async run(now = deps.clock.now()) {
      const window = digestWindow(now);
      if (!window || now < window.due) return 'not-due';
      if (finished.has(window.monday)) return 'done';
      const groups = await deps.store.firstSeenBetween(window.from, window.due);
      const due = deps.curatedDue?.(now) ?? [];
      if (groups.length === 0 && due.length === 0) {
        finished.add(window.monday);
        return 'nothing-new';
      }
      const claimed = await deps.once.first(`unanswered-digest ${window.monday}`, now);
      finished.add(window.monday);
      if (!claimed) return 'claimed-elsewhere';
      const sent = await send(groups, window.from, due);
      log.info(`weekly digest: ${groups.length} new question group(s), ${due.length} curated answer(s) due for review, sent to ${sent} coordinator(s)`);
      return { sent, questions: groups.length };
    },
  };
}
