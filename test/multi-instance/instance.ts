/**
 * One bot process of the multi-instance tests: the real service from the environment
 * (STATE_STORE=azure-tables on the test's Azurite), on a clock the test can move forward.
 * Real time flows, so the rate limiter and HTTP behave as in production; `jump` moves every
 * instance's clock at once, so leases and heartbeats run out without the test waiting.
 */
import { createRootLogger } from '../../src/common/logger';
import type { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config';
import type { DispatcherOptions } from '../../src/reminders/dispatcher';
import { startService } from '../../src/service';

class JumpClock implements Clock {
  private offset: number;
  constructor(start: string) {
    this.offset = Date.parse(start) - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  jump(ms: number): void {
    this.offset += ms;
  }
}

async function main(): Promise<void> {
  const clock = new JumpClock(process.env.TEST_CLOCK_START ?? new Date().toISOString());
  const reminders = JSON.parse(process.env.TEST_REMINDER_OPTIONS ?? '{}') as DispatcherOptions;
  const log = createRootLogger('error', (line) => process.stderr.write(`[instance ${process.env.TEST_INSTANCE}] ${line}\n`));
  // Each sent reminder's failure window (intent recorded → activity id recorded), for the bench.
  let windows: number[] = [];
  const service = await startService({ ...loadConfig(process.env), port: 0 }, log, { clock, reminders, onReminderWindow: (ms) => windows.push(ms) });
  await service.documentsLoaded();
  process.on('message', (m: { jump?: number; windows?: boolean; id?: number }) => {
    if (m.jump) clock.jump(m.jump);
    const reply = m.windows ? { windows } : {};
    if (m.windows) windows = [];
    process.send?.({ ack: m.id, ...reply });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ port: service.port });
}

main().catch((err) => {
  process.stderr.write(`instance failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
