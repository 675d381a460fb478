import type { Clock } from './clock';

/**
 * A small in-memory map that forgets: entries older than `ttlMs` are gone, and past `max` entries
 * the oldest go first. For what a chat remembers between two turns and never stores.
 */
export class RecentMap<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(private readonly clock: Clock, private readonly ttlMs: number, private readonly max: number) {}

  set(key: string, value: V): void {
    const now = this.clock.now().getTime();
    this.entries.delete(key);
    this.entries.set(key, { value, at: now });
    // Insertion order is age order: drop from the front until the oldest is young enough.
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.max && now - e.at < this.ttlMs) break;
      this.entries.delete(k);
    }
  }

  /** The value, unless it is older than the time to live. */
  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.clock.now().getTime() - e.at >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
