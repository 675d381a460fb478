/**
 * Reminder dispatch throughput with Teams' limits on (≤ 7/s per channel, ≤ 50/s overall):
 * one due reminder for many subscribed channels, posted through the real Teams connector path
 * (TeamsApp → HTTP) to a recording connector, in real time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { loadPlan } from '../src/plan/load';
import { createReminders, type Reminders } from '../src/reminders';
import { startService } from '../src/service';
import { RecordingConnector } from '../test/support/recording-connector';
import { percentile, round } from './stats';

export async function benchDispatch(channels = 200): Promise<Record<string, number>> {
  const connector = new RecordingConnector();
  await connector.start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir }), port: 0 };
  const plan = loadPlan(config.planFile);
  // The run is for 09:00 Oslo on the theme day's first working day; the rate limits run on real time.
  const due = new Date('2027-02-01T08:00:30Z');
  let reminders!: Reminders;
  const windows: number[] = [];
  const service = await startService(config, new Logger('bench', 'error', () => {}), {
    onReminderWindow: (ms) => windows.push(ms),
    features: (ctx) => {
      reminders = createReminders({
        ...ctx, ledger: ctx.state.reminderLedger, subscriptions: ctx.state.subscriptions, plan, coordinators: () => false,
        ...(ctx.onReminderWindow ? { onWindow: ctx.onReminderWindow } : {}),
      });
      return reminders.feature;
    },
  });
  const conversations = service.state.conversations;
  try {
    for (let i = 0; i < channels; i++) {
      const conversationId = `19:bench-${i}@thread.tacv2`;
      const ref = { conversationId, kind: 'channel' as const, serviceUrl: connector.url, teamId: `team-${i}`, channelName: 'General' };
      await reminders.subscriptions.subscribe(conversationId, 'alle-ledere', 'bench', '2027-01-01', due);
      // The dispatcher posts to stored conversation references.
      await conversations.upsert(ref, due);
    }
    const started = performance.now();
    const report = await reminders.runOnce(due);
    const seconds = (performance.now() - started) / 1000;
    return {
      channels,
      'reminders posted': report.counts.sent,
      'posted per second (limits on)': round(report.counts.sent / seconds, 1),
      'run took ms': round(seconds * 1000, 0),
      // Intent stored → activity id stored: a crash inside it leaves the reminder uncertain.
      'failure window p50 ms': round(percentile(windows, 50), 1),
      'failure window p99 ms': round(percentile(windows, 99), 1),
    };
  } finally {
    await service.stop();
    await connector.stop();
  }
}
