import { keyText, type DeliveryKey } from './ledger';

/**
 * Deliveries this process has seen settled (sent, parked, uncertain). Settled rows never change,
 * so each pass skips them without asking the ledger: with Table Storage that is the difference
 * between a few requests a minute and one per reminder per minute during the catch-up window.
 */
export class KnownDone {
  private readonly byDate = new Map<string, Set<string>>();

  has(key: DeliveryKey): boolean {
    return this.byDate.get(key.date)?.has(keyText(key)) ?? false;
  }

  add(key: DeliveryKey): void {
    let set = this.byDate.get(key.date);
    if (!set) this.byDate.set(key.date, (set = new Set()));
    set.add(keyText(key));
  }

  /** Forgets dates before `date` (YYYY-MM-DD): no pass looks at them again. */
  prune(date: string): void {
    for (const d of this.byDate.keys()) if (d < date) this.byDate.delete(d);
  }
}
