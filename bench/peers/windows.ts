import type { LoadedDocument } from '../../src/knowledge';

/** A peer's passage: plain words of a document, with the heading line seen last before it. */
export interface PeerWindow {
  id: string;
  text: string;
  heading: string;
}

/** Plain windows of `size` words, every `step` words, over each document (no structure). */
export function plainWindows(docs: LoadedDocument[], size: number, step: number): PeerWindow[] {
  const out: PeerWindow[] = [];
  for (const d of docs) {
    const words = d.pages.map((p) => p.text).join('\n').split(/\s+/).filter(Boolean);
    for (let k = 0; k < words.length; k += step) {
      out.push({ id: `${d.id}#${k}`, text: words.slice(k, k + size).join(' '), heading: d.title });
      if (k + size >= words.length) break;
    }
  }
  return out;
}

/** A search function over peer windows, returning passage texts best first. */
export type PeerSearch = (question: string) => string[];
