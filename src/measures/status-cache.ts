import type { ILogger } from '@microsoft/teams.common';
import type { MeasureRepository } from './types';

/**
 * Current status per measure for cards composed without a user turn (reminders). Kept fresh by
 * a periodic read, so a slow or throttled SharePoint never delays a reminder; falls back to the
 * plan file's status until the first read succeeds.
 */
export class MeasureStatusCache {
  private statuses = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repo: Pick<MeasureRepository, 'list'>,
    private readonly fallback: (id: string) => string | undefined,
    private readonly log: ILogger,
  ) {}

  get(id: string): string | undefined {
    return this.statuses.get(id) ?? this.fallback(id);
  }

  async refresh(): Promise<void> {
    try {
      this.statuses = new Map((await this.repo.list()).map((m) => [m.id, m.status]));
    } catch (err) {
      this.log.warn('could not refresh measure statuses for reminder cards', err);
    }
  }

  start(everyMs = 60_000): void {
    void this.refresh();
    this.timer ??= setInterval(() => void this.refresh(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
