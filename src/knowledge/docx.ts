import mammoth from 'mammoth';
import { checkTableSpans, DOCX_LIMITS, openDocx, type DocxLimits } from '../common/docx-package';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? '');
}

/** The text of an HTML fragment on one line: a cell's paragraphs and list items joined. */
function inline(html: string): string {
  return decode(html.replace(/<\/(p|li)>|<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\|/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A table as markdown rows, the first row as its header, so each row keeps its column names. */
function tableToMarkdown(table: string): string {
  const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => inline(c[1]!)));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, k) => cells[k] ?? '').join(' | ')} |`;
  return ['', line(rows[0]!), line(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(line), ''].join('\n');
}

/** Images are not knowledge: mammoth would otherwise inflate each one into a data URI. */
const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Converts a .docx to markdown-style text: h1–h3 become "#" headings, tables become markdown
 * tables and list items "-" items, so the structure reader keeps the document's units. Throws
 * when the file is not a valid .docx, when a part inflates past the limit, or when a table
 * cell spans more columns than Word allows.
 */
export async function docxToText(data: Buffer, limits: DocxLimits = DOCX_LIMITS): Promise<string> {
  const file = await openDocx(data, limits);
  // mammoth reads a zip-file object as `file`; its type declarations know only buffer and path.
  const input = { file } as unknown as { buffer: Buffer };
  const { value: html } = await mammoth.convertToHtml(input, {
    convertImage: noImages,
    transformDocument: (doc: Parameters<typeof checkTableSpans>[0]) => {
      checkTableSpans(doc);
      return doc;
    },
  });
  const blocks = html
    .replace(/<table[^>]*>[\s\S]*?<\/table>/g, (t) => `\n${tableToMarkdown(t)}\n`)
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g, (_m, n: string, body: string) => `\n${'#'.repeat(Math.min(Number(n), 3))} ${inline(body)}\n`)
    .replace(/<li[^>]*>/g, '\n- ')
    .replace(/<\/(p|li|h\d)>|<br\s*\/?>/g, '\n')
    .replace(/<(?!\/?table)[^>]+>/g, '');
  return decode(blocks)
    .split('\n')
    .map((l) => l.trim())
    .filter((l, k, all) => l.length > 0 || (all[k - 1] ?? '').startsWith('|'))
    .join('\n');
}
