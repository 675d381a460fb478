import { withLinkAddresses } from './link-titles';
import { CELL_LABELS, reflow, type FlowBlock } from './reflow';
import { readable, splitSentences } from './sentences';
import type { LoadedDocument } from './types';

/**
 * What a line of a document is; decides how it is shown and which lines belong together. A
 * `header` (a table's header row) and a `label` (a cell label alone on its line, "Tidsrom:")
 * are searched but never shown as an answer on their own.
 */
export type LineKind = 'heading' | 'para' | 'item' | 'row' | 'header' | 'label';

/**
 * One readable line of a document: a sentence, a list item, a table row with its header names,
 * a labelled cell ("Ansvar: …"). Markdown is rendered away, and text extracted from a PDF is
 * reflowed from the lines the page's width made back into its sentences.
 */
export interface DocLine {
  /** What the reader sees: words broken at a line end whole again, footnote marks gone. */
  text: string;
  /** The document's own words, as citations show them. */
  raw: string;
  kind: LineKind;
  /** Lines of one list, one table or one paragraph share a group number. */
  group: number;
  /** The heading trail the line stands under ('' before any heading). */
  trail: string;
  page: number | null;
  /** The cell label the line stands under ("Ansvar", "Tidsrom"), when it is a plan's measure cell. */
  label?: string;
  /** The list item that names what this paragraph describes (a measure's title above its text). */
  title?: string;
  /** The web address of a link whose text the line is (link-titles.ts): shown after it, never searched. */
  link?: string;
}

/** A run of lines under one heading. */
export interface DocSection {
  trail: string;
  lines: DocLine[];
}

/** "Ansvar: …", "Tidsrom: …" opening a sentence: the cell it is. */
const INLINE_LABEL = new RegExp(`^(${CELL_LABELS.join('|')})\\s*:`, 'iu');
const labelOf = (text: string): string | undefined => {
  const m = INLINE_LABEL.exec(text);
  return m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase() : undefined;
};

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
 * from .docx through the loader) is kept; plain text extracted from PDFs is reflowed into its
 * paragraphs, items, cells and rows (reflow.ts). Paragraphs are cut into sentences.
 */
export function readStructure(doc: LoadedDocument): DocSection[] {
  const markdown = doc.pages.some((p) => /^#{1,6}\s/m.test(p.text) || /^\s*\|.*\|\s*$/m.test(p.text));
  return markdown ? readMarkdown(doc) : readPlain(doc);
}

/** Builds sections from a document's lines, keeping the heading trail. */
class Sections {
  readonly out: DocSection[] = [];
  private readonly stack: Array<{ level: number; title: string }> = [];
  private current: DocSection = { trail: '', lines: [] };
  group = 0;

  constructor(private readonly docTitle: string) {}

  heading(level: number, title: string, page: number | null): void {
    if (this.current.lines.length > 0) this.out.push(this.current);
    while (this.stack.length && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    // The document's own title is shown with every citation already; it is not a section.
    if (title !== this.docTitle) this.stack.push({ level, title });
    this.current = { trail: trailOf(this.stack), lines: [] };
    this.push({ text: title, raw: title, kind: 'heading', page }, true);
  }

  push(line: Omit<DocLine, 'trail' | 'group'>, newGroup: boolean): void {
    if (newGroup) this.group++;
    this.current.lines.push({ ...line, trail: this.current.trail, group: this.group });
  }

  /** A paragraph as its sentences, one line each, in one group. */
  paragraph(raw: string, page: number | null, extra: Pick<DocLine, 'label' | 'title'> = {}): void {
    splitSentences(raw).forEach((sentence, k) => {
      const text = readable(sentence);
      const label = extra.label ?? labelOf(text);
      this.push({ text, raw: sentence, kind: 'para', page, ...(label ? { label } : {}), ...(extra.title ? { title: extra.title } : {}) }, k === 0);
    });
  }

  lastLine(): DocLine | undefined {
    return this.current.lines[this.current.lines.length - 1];
  }

  finish(): DocSection[] {
    if (this.current.lines.length > 0) this.out.push(this.current);
    return this.out;
  }
}

/** A list item's marker as the reader sees it: "• " for bullets and dashes, "1." for numbers. */
function itemText(raw: string): string {
  const t = readable(raw);
  return t.replace(/^[•▪●◦‣⁃*\-–]\s*/u, '• ').replace(/^(\d{1,2})[.)]\s*/u, '$1. ').replace(/^([a-h])\)\s*/u, '$1) ');
}

function readPlain(doc: LoadedDocument): DocSection[] {
  const sections = new Sections(doc.title);
  const blocks = reflow(doc.pages);
  let labelShown: string | undefined;
  blocks.forEach((b: FlowBlock, k) => {
    const previous = blocks[k - 1];
    const title = b.under !== undefined ? itemText(blocks[b.under]!.raw).replace(/^(•|\d{1,2}\.)\s*/u, '') : undefined;
    switch (b.kind) {
      case 'heading':
        labelShown = undefined;
        return sections.heading(b.level ?? 1, readable(b.raw), b.page);
      case 'header':
        return sections.push({ text: readable(b.raw), raw: b.raw, kind: 'header', page: b.page }, true);
      case 'label':
        labelShown = b.label;
        return sections.push({ text: `${b.label}:`, raw: b.raw, kind: 'label', page: b.page, label: b.label! }, true);
      case 'row': {
        const [what, when] = b.cells!;
        const text = when ? `${readable(what!.text)} (${readable(when.text)})` : readable(what!.text);
        return sections.push({ text, raw: b.raw, kind: 'row', page: b.page }, previous?.kind !== 'row');
      }
      case 'item':
        return sections.push(
          { text: itemText(b.raw), raw: b.raw, kind: 'item', page: b.page, ...(b.label ? { label: b.label } : {}) },
          previous?.kind !== 'item' || previous.label !== b.label,
        );
      default:
        void labelShown;
        return sections.paragraph(b.raw, b.page, { ...(b.label ? { label: b.label } : {}), ...(title ? { title } : {}) });
    }
  });
  return withLinkAddresses(sections.finish(), doc.title);
}

function readMarkdown(doc: LoadedDocument): DocSection[] {
  const sections = new Sections(doc.title);
  let open: { kind: LineKind; indent: number } | null = null;
  let header: string[] | null = null;
  /** The paragraph being read: markdown soft-wraps it over several lines. */
  let para: { raw: string[]; page: number | null } | null = null;
  const endPara = (): void => {
    if (para) sections.paragraph(para.raw.join(' '), para.page);
    para = null;
  };

  for (const page of doc.pages) {
    for (const line of page.text.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (!trimmed) {
        // A blank line ends a paragraph; a list may continue after it.
        endPara();
        if (open?.kind === 'para') open = null;
        continue;
      }
      const h = MD_HEADING.exec(trimmed);
      if (h) {
        endPara();
        sections.heading(h[1]!.length, plain(h[2]!), page.page);
        open = null;
        header = null;
        continue;
      }
      if (MD_ROW.test(line)) {
        endPara();
        if (MD_RULE.test(line)) continue;
        const row = cells(MD_ROW.exec(line)![1]!);
        if (!header || open?.kind !== 'row') {
          // The header names go into every row ("Når: kveld og helg"), so the header row is not a line.
          header = row;
          open = { kind: 'row', indent: 0 };
          sections.group++;
          continue;
        }
        const text = renderRow(header, row);
        if (text) sections.push({ text, raw: text, kind: 'row', page: page.page }, false);
        continue;
      }
      const item = MD_ITEM.exec(line);
      if (item) {
        endPara();
        const marker = /\d/.test(item[2]!) ? item[2]!.replace(')', '.') : '•';
        const text = `${marker} ${plain(item[3]!)}`;
        sections.push({ text, raw: text, kind: 'item', page: page.page }, open?.kind !== 'item');
        open = { kind: 'item', indent: item[1]!.length };
        continue;
      }
      const last = sections.lastLine();
      // A soft-wrapped line continues its list item.
      if (!para && last && open?.kind === 'item' && /^\s+/.test(line)) {
        last.text = `${last.text} ${plain(trimmed)}`;
        last.raw = last.text;
        continue;
      }
      if (para) para.raw.push(plain(trimmed));
      else para = { raw: [plain(trimmed)], page: page.page };
      open = { kind: 'para', indent: 0 };
    }
  }
  endPara();
  return sections.finish();
}
