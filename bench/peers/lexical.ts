/**
 * The off-the-shelf peers: MiniSearch and lunr with the Norwegian stemmer, over plain
 * 100-word windows, as a municipality would get from a generic search library.
 */
import MiniSearch from 'minisearch';
import type { LoadedDocument } from '../../src/knowledge';
import { plainWindows, type PeerSearch } from './windows';

interface LunrIndex {
  search(q: string): Array<{ ref: string }>;
}
interface LunrBuilder {
  use(plugin: unknown): void;
  ref(name: string): void;
  field(name: string): void;
  add(doc: { id: string; text: string }): void;
}
type Lunr = ((config: (this: LunrBuilder) => void) => LunrIndex) & { no: unknown };

export function miniSearchPeer(docs: LoadedDocument[]): PeerSearch {
  const win = plainWindows(docs, 100, 100);
  const byId = new Map(win.map((w) => [w.id, w.text]));
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  mini.addAll(win);
  return (q) => mini.search(q).slice(0, 10).map((r) => byId.get(String(r.id)) ?? '');
}

export function lunrPeer(docs: LoadedDocument[]): PeerSearch {
  const win = plainWindows(docs, 100, 100);
  const byId = new Map(win.map((w) => [w.id, w.text]));
  // lunr-languages registers its plugins on the lunr instance it is given.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lunr = require('lunr') as Lunr;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('lunr-languages/lunr.stemmer.support')(lunr);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('lunr-languages/lunr.no')(lunr);
  const index = lunr(function () {
    this.use(lunr.no);
    this.ref('id');
    this.field('text');
    for (const w of win) this.add(w);
  });
  return (q) => {
    // lunr reads : ~ ^ * + - as query syntax; plain questions must not trigger it.
    try {
      return index.search(q.replace(/[:~^*+\-]/g, ' ')).slice(0, 10).map((r) => byId.get(r.ref) ?? '');
    } catch {
      return [];
    }
  };
}
