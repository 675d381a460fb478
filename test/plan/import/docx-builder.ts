import { Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';

/** A cell: text (lines become paragraphs, "• " lines bullets), or merged down/across. */
export type CellSpec = string | { text?: string; merge?: 'start' | 'continue'; span?: number };

/** What a test plan is made of, in reading order. */
export type Part =
  | { heading: string; level?: 1 | 2 | 3 | 'title' }
  | { text: string; bold?: boolean }
  | { table: CellSpec[][]; headerRows?: number }
  | { pageBreak: true };

const LEVELS = { title: HeadingLevel.TITLE, 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraphs(text: string): Paragraph[] {
  if (!text) return [new Paragraph('')];
  return text.split('\n').map((line) => (line.startsWith('• ') ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } }) : new Paragraph(line)));
}

function cell(spec: CellSpec): TableCell {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  return new TableCell({
    children: s.merge === 'continue' ? [new Paragraph('')] : paragraphs(s.text ?? ''),
    ...(s.span ? { columnSpan: s.span } : {}),
    ...(s.merge ? { verticalMerge: s.merge === 'start' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
}

/** Builds a real .docx with the docx package, the way Word stores headings, lists and merged cells. */
export async function buildDocx(parts: Part[]): Promise<Buffer> {
  const children = parts.map((p) => {
    if ('heading' in p) return new Paragraph({ text: p.heading, heading: LEVELS[p.level ?? 2] });
    if ('text' in p) return new Paragraph({ children: [new TextRun({ text: p.text, bold: p.bold ?? false })] });
    if ('pageBreak' in p) return new Paragraph({ children: [new PageBreak()] });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: p.table.map((row, r) => new TableRow({ tableHeader: r < (p.headerRows ?? 0), children: row.map(cell) })),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
