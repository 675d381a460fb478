import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from './clock';

/**
 * A warning that anyone on the internet can trigger (a bad token, say) must not let them fill
 * the log. This writes the first occurrence at once and then at most one line per window,
 * saying how many were left out in between.
 */
export class RateLimitedWarning {
  private lastAt = -Infinity;
  private suppressed = 0;

  constructor(
    private readonly log: ILogger,
    private readonly message: string,
    private readonly clock: Clock,
    private readonly windowMs = 60_000,
  ) {}

  /** Records one occurrence; logs it unless a line was written within the window. */
  hit(): void {
    const now = this.clock.now().getTime();
    if (now - this.lastAt < this.windowMs) {
      this.suppressed++;
      return;
    }
    const more = this.suppressed > 0 ? ` (${this.suppressed} more since the last line)` : '';
    this.log.warn(`${this.message}${more}`);
    this.lastAt = now;
    this.suppressed = 0;
  }
}
