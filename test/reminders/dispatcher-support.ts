import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ActivityLike } from '@microsoft/teams.api';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import type { MessageSender, SendResult } from '../../src/bot/message-sender';
import { loadPlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/types';
import { createReminders, type RemindersDeps } from '../../src/reminders';
import type { ConversationRef, ConversationStore } from '../../src/storage/conversation-store';
import { openDatabase, type Db } from '../../src/storage/database';
import { sqliteState, type StateStores } from '../../src/storage/state';

export const SAMPLE_PLAN = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml');
export const KARI = '00000000-0000-0000-0000-000000000020';

/** One channel per audience of the sample wheel. */
export const CHANNELS: Record<string, ConversationRef> = Object.fromEntries(
  ['alle-ledere', 'ledere-oppvekst', 'tryggest', 'helse'].map((a) => [
    a,
    { conversationId: `19:${a}@thread.tacv2`, serviceUrl: 'http://connector.invalid', kind: 'channel', teamId: '19:team@thread.tacv2', teamName: 'Ledere oppvekst', channelName: a },
  ]),
);

/** A recording MessageSender; scripted results are used first, then every send succeeds. */
export class FakeSender implements MessageSender {
  readonly sent: Array<{ conversationId: string; activity: ActivityLike; at: number }> = [];
  readonly script: SendResult[] = [];
  calls = 0;
  constructor(private readonly clock: ManualClock) {}
  async send(ref: ConversationRef, activity: ActivityLike): Promise<SendResult> {
    this.calls++;
    const scripted = this.script.shift();
    if (scripted) return scripted;
    this.sent.push({ conversationId: ref.conversationId, activity, at: this.clock.now().getTime() });
    return { kind: 'sent', activityId: `a-${this.sent.length}` };
  }
  /** The entry ids in the cards posted to a channel, in order. */
  entries(conversationId?: string): string[] {
    return this.sent.filter((s) => !conversationId || s.conversationId === conversationId).map((s) => cardData(s.activity)?.entryId ?? 'text');
  }
}

/** The Action.Execute data of a posted reminder card. */
export function cardData(activity: ActivityLike): { entryId: string; date: string } | undefined {
  const text = JSON.stringify(activity);
  const m = /"verb":"reminder\.done","data":\{"entryId":"([^"]+)","date":"([^"]+)"\}/.exec(text);
  return m ? { entryId: m[1] ?? '', date: m[2] ?? '' } : undefined;
}

export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-reminders-')), 'assistant.db');
}

export interface Rig {
  db: Db;
  state: StateStores;
  clock: ManualClock;
  sender: FakeSender;
  conversations: ConversationStore;
  reminders: ReturnType<typeof createReminders>;
  plan: Plan;
  logs: string[];
}

/** The Remind capability over a database file (or :memory:, or given state) with a fake sender and a ManualClock. */
export function rig(opts: { file?: string; state?: StateStores; clock?: ManualClock; sender?: FakeSender; deps?: Partial<RemindersDeps> } = {}): Rig {
  const clock = opts.clock ?? new ManualClock('2026-01-01T00:00:00Z');
  const db = openDatabase(opts.file ?? ':memory:');
  const state = opts.state ?? sqliteState(db);
  const conversations = state.conversations;
  const sender = opts.sender ?? new FakeSender(clock);
  const logs: string[] = [];
  const plan = loadPlan(SAMPLE_PLAN);
  const reminders = createReminders({
    ledger: state.reminderLedger, subscriptions: state.subscriptions, plan, conversations, sender, clock, log: new Logger('test', 'debug', (l) => logs.push(l)),
    coordinators: (id) => id === KARI,
    // Waiting advances the manual clock: no real sleeps in tests.
    sleep: async (ms) => clock.advance(ms),
    random: () => 0.5,
    ...opts.deps,
  });
  return { db, state, clock, sender, conversations, reminders, plan, logs };
}

/** Subscribes a sample channel to its audience, as of `since` (an Oslo date). */
export async function subscribe(r: Rig, audience: string, since = '2026-01-01'): Promise<ConversationRef> {
  const ref = CHANNELS[audience] as ConversationRef;
  await r.conversations.upsert(ref, r.clock.now());
  await r.reminders.subscriptions.subscribe(ref.conversationId, audience, KARI, since, r.clock.now());
  return ref;
}
