import mammoth from 'mammoth';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? '');
}

/**
 * Converts a .docx to text with markdown-style headings (h1–h3 → "#".."###") so the chunker
 * sees the document's structure. Throws when the file is not a valid .docx.
 */
export async function docxToText(data: Buffer): Promise<string> {
  const { value: html } = await mammoth.convertToHtml({ buffer: data });
  const blocks = html
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g, (_m, n: string, body: string) => `\n${'#'.repeat(Math.min(Number(n), 3))} ${body}\n`)
    .replace(/<\/(p|li|tr|h\d)>|<br\s*\/?>/g, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]+>/g, '');
  return decode(blocks)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}
