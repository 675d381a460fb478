import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What changed in a folder since the last look: files added or whose content changed, and
 * files removed. Content is compared by hash, so a file that was only touched is unchanged.
 * The first look counts every file as new.
 */
export class FolderChanges {
  private last: Map<string, string> | undefined;

  constructor(
    private readonly dir: string,
    /** Which file names count (the same ones the loader reads). */
    private readonly include: (name: string) => boolean,
  ) {}

  async diff(): Promise<{ changed: number; removed: number }> {
    const now = new Map<string, string>();
    for (const name of (await readdir(this.dir)).filter(this.include)) {
      try {
        now.set(name, createHash('sha256').update(await readFile(join(this.dir, name))).digest('hex'));
      } catch {
        // Unreadable now (removed while we looked, or a folder): the loader reports it.
      }
    }
    const before = this.last;
    this.last = now;
    if (!before) return { changed: now.size, removed: 0 };
    const changed = [...now].filter(([name, hash]) => before.get(name) !== hash).length;
    const removed = [...before.keys()].filter((name) => !now.has(name)).length;
    return { changed, removed };
  }
}
