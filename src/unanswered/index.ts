import { Cron } from 'croner';
import type { MessageSender } from '../bot/message-sender';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Config } from '../config';
import type { Person } from '../plan/types';
import type { ConversationStore } from '../storage/conversation-store';
import type { OnceStore } from '../storage/once';
import type { TabRoute } from '../tab/routes';
import { weeklyDigest, type DigestOutcome, type DueAnswer } from './digest';
import { UNANSWERED_PAGE } from './dto';
import { RECORDING_OFF, unansweredRecorder, type UnansweredRecorder } from './recorder';
import { unansweredTabRoute } from './tab-route';
import type { UnansweredStore } from './types';
import { loadWordList } from './word-list';

export type { UnansweredRecorder } from './recorder';
export type { UnansweredStore, UnansweredGroup, UnansweredEntry } from './types';

/** Retention runs at most this often per instance; deleting is idempotent, so instances may overlap. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface UnansweredDeps {
  store: UnansweredStore;
  once: OnceStore;
  /** A word of the documents (`LiveKnowledge.knows`). */
  knows(word: string): boolean;
  coordinators(): Person[];
  conversations: Pick<ConversationStore, 'personalChatOf'>;
  sender: MessageSender;
  clock: Clock;
  log: Logger;
  /** The bot's own address (local mode links to the tab there). */
  baseUrl(): string;
  /** Curated answers past their review date, for the same weekly digest. */
  curatedDue?(now: Date): DueAnswer[];
}

export interface Unanswered {
  recorder: UnansweredRecorder;
  tabRoute: TabRoute;
  /** One scheduled round: retention (at most hourly), then the weekly digest when due. */
  tick(now?: Date): Promise<{ purged: number; digest: DigestOutcome | 'off' }>;
  /** Runs `tick` every minute, Europe/Oslo, never overlapping. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * The link a coordinator opens from the digest: in local mode the tab on this server; in a
 * tenant a Teams deep link to the personal tab "handlingsplan" with the page as its sub-entity,
 * which needs TEAMS_APP_ID; without it the card names the page instead.
 */
export function tabPageUrl(config: Pick<Config, 'mode' | 'teamsAppId'>, baseUrl: string): string | undefined {
  if (config.mode === 'local') return `${baseUrl}/tab/#/${UNANSWERED_PAGE}`;
  if (!config.teamsAppId) return undefined;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: UNANSWERED_PAGE }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/handlingsplan?label=${encodeURIComponent('Handlingsplan')}&context=${context}`;
}

/**
 * Questions without a good answer (docs/operations.md, "Questions without a good answer"): the
 * recorder the Ask capability calls, the coordinators' tab route, retention and the weekly
 * digest. With UNANSWERED_LOG=off nothing is recorded or sent, and retention deletes every group
 * stored before it was turned off.
 */
export function createUnanswered(config: Pick<Config, 'mode' | 'teamsAppId' | 'unansweredLog' | 'unansweredRetentionDays' | 'unansweredWordsFile'>, deps: UnansweredDeps): Unanswered {
  const log = deps.log.child('unanswered');
  const enabled = config.unansweredLog;
  let common = new Set<string>();
  if (enabled) {
    const list = loadWordList(config.unansweredWordsFile);
    // Without the list more words become «navn»: safe, so the bot still starts.
    if (!list.ok) log.warn(`UNANSWERED_WORDS_FILE: ${list.problem}; masking with the documents' words only`);
    common = list.words;
  }
  const recorder = enabled ? unansweredRecorder({ store: deps.store, words: { knows: deps.knows, common }, clock: deps.clock, log: deps.log }) : RECORDING_OFF;
  const digest = weeklyDigest({
    store: deps.store, once: deps.once, coordinators: deps.coordinators, conversations: deps.conversations, sender: deps.sender, clock: deps.clock, log: deps.log,
    pageUrl: () => tabPageUrl(config, deps.baseUrl()),
    ...(deps.curatedDue ? { curatedDue: deps.curatedDue } : {}),
  });
  let lastPurge = -Infinity;
  let cron: Cron | undefined;

  async function tick(now = deps.clock.now()): Promise<{ purged: number; digest: DigestOutcome | 'off' }> {
    let purged = 0;
    if (now.getTime() - lastPurge >= PURGE_EVERY_MS) {
      // Off: everything goes, whenever it was seen (the end of year 9999 still compares as ISO text).
      const cutoff = enabled ? new Date(now.getTime() - config.unansweredRetentionDays * 86_400_000) : new Date(Date.UTC(9999, 11, 31));
      purged = await deps.store.purge(cutoff);
      lastPurge = now.getTime();
      if (purged > 0) log.info(`deleted ${purged} question group(s) past retention`);
    }
    return { purged, digest: enabled ? await digest.run(now) : 'off' };
  }

  // One round at a time on this instance; stop() waits for it, so the database is not closed under it.
  let running: Promise<void> | undefined;
  const scheduled = (): Promise<void> =>
    (running ??= tick().then(() => undefined, (err) => log.error('questions without a good answer: scheduled run failed', err)).finally(() => (running = undefined)));

  return {
    recorder,
    tabRoute: unansweredTabRoute({ store: deps.store, enabled, retentionDays: config.unansweredRetentionDays, clock: deps.clock }),
    tick,
    start() {
      cron ??= new Cron('* * * * *', { timezone: 'Europe/Oslo', protect: true }, scheduled);
      // Retention at start too: a bot restarted after a long stop deletes what expired meanwhile.
      void scheduled();
    },
    async stop() {
      cron?.stop();
      cron = undefined;
      await running;
    },
  };
}
