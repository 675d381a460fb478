import { detectHeading } from './headings';
import type { LoadedDocument } from './types';

/** What a line of a document is; decides how it is shown and which lines belong together. */
export type LineKind = 'heading' | 'para' | 'item' | 'row';

/**
 * One readable line of a document, with markdown rendered away: a table row carries its header
 * names, a list item its marker, a paragraph is joined from its soft-wrapped lines.
 */
export interface DocLine {
  text: string;
  kind: LineKind;
  /** Lines of one list, one table or one paragraph share a group number. */
  group: number;
  /** The heading trail the line stands under ('' before any heading). */
  trail: string;
  page: number | null;
}

/** A run of lines under one heading. */
export interface DocSection {
  trail: string;
  lines: DocLine[];
  /** True when the lines came from markdown, where each line already is a unit. */
  markdown: boolean;
}

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const MD_ITEM = /^(\s*)([-*+•]|\d{1,2}[.)])\s+(.*)$/;
const MD_ROW = /^\s*\|(.*)\|\s*$/;
const MD_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Strips inline markdown: emphasis, inline code and link syntax (the link text stays). */
export function plain(text: string): string {
  return text
    // A bold label opening a paragraph or item is a definition: "**Avvergeplikt.** Etter …".
    .replace(/^\*\*([^*]{1,80}?)[.:]?\*\*[.:]?\s+/, '$1: ')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](\S[^*_]*?\S|\S)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, url: string) => (label ? `${label} (${url})` : url))
    .replace(/\s+/g, ' ')
    .trim();
}

function cells(row: string): string[] {
  return row.split('|').map((c) => plain(c));
}

/** "Barnevernvakten – Når: kveld og helg – Telefonnummer: 400 00 004": a row read on its own. */
export function renderRow(header: string[], row: string[]): string {
  const parts = row.map((cell, k) => {
    if (!cell) return '';
    const name = header[k];
    return k === 0 || !name ? cell : `${name}: ${cell}`;
  });
  return parts.filter(Boolean).join(' – ');
}

function trailOf(stack: Array<{ level: number; title: string }>): string {
  const t = stack.map((s) => s.title).slice(-2).join(' › ');
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

/**
 * Reads a document into sections of readable lines. Markdown structure (from .md files and
 * from .docx through the loader) is kept as units; plain text extracted from PDFs keeps its
 * lines, with headings found by `detectHeading`.
 */
export function readStructure(doc: LoadedDocument): DocSection[] {
  const markdown = doc.pages.some((p) => /^#{1,6}\s/m.test(p.text) || /^\s*\|.*\|\s*$/m.test(p.text));
  const sections: DocSection[] = [];
  const stack: Array<{ level: number; title: string }> = [];
  let current: DocSection = { trail: '', lines: [], markdown };
  let group = 0;
  let open: { kind: LineKind; indent: number } | null = null;
  let header: string[] | null = null;

  const push = (line: Omit<DocLine, 'trail' | 'group'>, newGroup: boolean): void => {
    if (newGroup) group++;
    current.lines.push({ ...line, trail: current.trail, group });
  };
  const startSection = (level: number, title: string, page: number | null): void => {
    if (current.lines.length > 0) sections.push(current);
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    // The document's own title is shown with every citation already; it is not a section.
    if (title !== doc.title) stack.push({ level, title });
    current = { trail: trailOf(stack), lines: [], markdown };
    push({ text: title, kind: 'heading', page }, true);
    open = null;
    header = null;
  };

  for (const page of doc.pages) {
    // PDF symbol fonts draw bullets as private-use or odd glyphs; they are list markers all the same.
    const raw = page.text.replace(/^([ \t]*)[\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u2022\u2023\u2043\u25ba\u00b7]\s*/gmu, '$1• ').split(/\r?\n/);
    raw.forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed) {
        // A blank line ends a paragraph; a list may continue after it.
        if (open?.kind === 'para') open = null;
        return;
      }
      if (markdown) {
        const h = MD_HEADING.exec(trimmed);
        if (h) return startSection(h[1]!.length, plain(h[2]!), page.page);
        if (MD_ROW.test(line)) {
          if (MD_RULE.test(line)) return;
          const row = cells(MD_ROW.exec(line)![1]!);
          if (!header || open?.kind !== 'row') {
            header = row;
            open = { kind: 'row', indent: 0 };
            group++;
            return;
          }
          const text = renderRow(header, row);
          if (text) current.lines.push({ text, kind: 'row', trail: current.trail, group, page: page.page });
          return;
        }
        const item = MD_ITEM.exec(line);
        if (item) {
          const marker = /\d/.test(item[2]!) ? item[2]!.replace(')', '.') : '•';
          push({ text: `${marker} ${plain(item[3]!)}`, kind: 'item', page: page.page }, open?.kind !== 'item');
          open = { kind: 'item', indent: item[1]!.length };
          return;
        }
        const last = current.lines[current.lines.length - 1];
        // A soft-wrapped line continues its paragraph or list item.
        if (last && open && (open.kind === 'para' || (open.kind === 'item' && /^\s+/.test(line)))) {
          last.text = `${last.text} ${plain(trimmed)}`;
          return;
        }
        push({ text: plain(trimmed), kind: 'para', page: page.page }, true);
        open = { kind: 'para', indent: 0 };
        return;
      }
      // Scan forward, not raw.slice(i + 1): copying the rest of the page for every line is quadratic.
      let n = i + 1;
      while (n < raw.length && raw[n]!.trim() === '') n++;
      const next = raw[n];
      const h = detectHeading(trimmed, next);
      if (h) return startSection(h.level, h.title.trim(), page.page);
      // Plain text keeps its lines: a PDF's line breaks are all the structure it has.
      const kind: LineKind = MD_ITEM.test(trimmed) ? 'item' : 'para';
      push({ text: trimmed.replace(/\s+/g, ' '), kind, page: page.page }, kind !== 'item' || open?.kind !== 'item');
      open = { kind, indent: 0 };
    });
  }
  if (current.lines.length > 0) sections.push(current);
  return sections;
}
