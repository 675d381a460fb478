import mammoth from 'mammoth';
import { checkTableSpans, DOCX_LIMITS, openDocx, type DocxLimits } from '../../common/docx-package';

/** A paragraph of the document body, with what tells a heading from body text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** Heading level from the paragraph style (1–9); 0 when it is body text. */
  level: number;
  /** Every character bold: plans often make headings that way. */
  bold: boolean;
}

/** A table cell; merged cells are one object in every grid slot they cover. */
export interface Cell {
  /** Non-empty paragraphs joined by "\n" (nested tables included). */
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface TableBlock {
  kind: 'table';
  /** rows × columns; a vertically or horizontally merged cell repeats the same Cell object. */
  grid: Cell[][];
  /** Rows Word marks as a header that repeats on each page. */
  headerRows: number;
}

export type Block = ParagraphBlock | TableBlock;

/** Thrown when the bytes are not a readable .docx. */
export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';
}

interface Element {
  type: string;
  children?: Element[];
  value?: string;
  styleName?: string | null;
  isBold?: boolean;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
  isHeader?: boolean;
}

const READ_DONE = new Error('document read');

const HEADING_STYLE = /^(?:heading|overskrift|rubrik|titre)\s*(\d)$/i;
const TITLE_STYLE = /^(?:title|tittel)$/i;

function runText(e: Element, out: { text: string; bold: boolean; any: boolean }, bold = false): void {
  switch (e.type) {
    case 'text':
      out.text += e.value ?? '';
      if ((e.value ?? '').trim()) {
        out.any = true;
        if (!bold) out.bold = false;
      }
      return;
    case 'tab':
      out.text += ' ';
      return;
    case 'break':
      // A line break inside a paragraph reads as a new line, as Word shows it.
      if (e.breakType === 'line') out.text += '\n';
      return;
    case 'run':
      for (const c of e.children ?? []) runText(c, out, Boolean(e.isBold));
      return;
    default:
      for (const c of e.children ?? []) runText(c, out, bold);
  }
}

/** Whitespace collapsed within each line, lines trimmed, empty lines dropped. */
export function clean(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function paragraph(e: Element): ParagraphBlock {
  const out = { text: '', bold: true, any: false };
  for (const c of e.children ?? []) runText(c, out);
  const style = e.styleName ?? '';
  const m = HEADING_STYLE.exec(style);
  const level = m ? Number(m[1]) : TITLE_STYLE.test(style) ? 1 : 0;
  return { kind: 'paragraph', text: clean(out.text), level, bold: out.any && out.bold };
}

/** Every paragraph of a cell, nested tables flattened in reading order. */
function cellText(e: Element): string {
  const parts: string[] = [];
  const walk = (x: Element) => {
    if (x.type === 'paragraph') {
      const t = paragraph(x).text;
      if (t) parts.push(t);
    } else for (const c of x.children ?? []) walk(c);
  };
  walk(e);
  return parts.join('\n');
}

/** Places cells on the grid, so a cell merged down or across fills every slot it covers. */
function table(e: Element): TableBlock {
  const rows = (e.children ?? []).filter((r) => r.type === 'tableRow');
  const grid: Cell[][] = rows.map(() => []);
  let headerRows = 0;
  rows.forEach((row, r) => {
    if (row.isHeader && headerRows === r) headerRows++;
    let col = 0;
    for (const c of (row.children ?? []).filter((x) => x.type === 'tableCell')) {
      while (grid[r]![col]) col++;
      const cell: Cell = { text: cellText(c), colSpan: c.colSpan ?? 1, rowSpan: c.rowSpan ?? 1 };
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr]![col + dc] = cell;
      }
      col += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  const empty: Cell = { text: '', colSpan: 1, rowSpan: 1 };
  for (const g of grid) for (let c = 0; c < width; c++) g[c] ??= empty;
  return { kind: 'table', grid, headerRows };
}

/**
 * Reads a .docx into paragraphs and tables in reading order, through mammoth's document reader:
 * it resolves styles, numbering, tracked changes and vertically merged cells (as row spans).
 */
export async function readDocxBlocks(data: Buffer, limits: DocxLimits = DOCX_LIMITS): Promise<Block[]> {
  let body: Element | undefined;
  try {
    const file = await openDocx(data, limits);
    // mammoth reads a zip-file object as `file`; its type declarations know only buffer and path.
    await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
      transformDocument: (doc: Element) => {
        // A cell spanning 200 million columns would fill a grid of that width below.
        checkTableSpans(doc);
        body = doc;
        // We need the document, not the HTML: stop mammoth here, it saves most of the time.
        throw READ_DONE;
      },
    });
  } catch (err) {
    if (err !== READ_DONE) throw new DocxReadError(`kan ikke lese Word-filen (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const blocks: Block[] = [];
  const walk = (e: Element) => {
    if (e.type === 'paragraph') blocks.push(paragraph(e));
    else if (e.type === 'table') blocks.push(table(e));
    else for (const c of e.children ?? []) walk(c);
  };
  if (body) walk(body);
  return blocks;
}
