import zlib from 'node:zlib';
import JSZip from 'jszip';

/** Escapes text for a PDF literal string. */
function pdfString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
}

/** One page's content stream as drawn text lines (Helvetica, 12 pt, one line per entry). */
function textContent(lines: string[]): Buffer {
  return Buffer.from(['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...lines.map((l) => `(${pdfString(l)}) Tj T*`), 'ET'].join('\n'), 'latin1');
}

/** A page's content stream: its bytes, deflated (/FlateDecode) when `deflate` is set. */
export interface PdfContent {
  data: Buffer;
  deflate?: boolean;
}

/**
 * Builds a valid PDF by hand from each page's content stream, with a correct cross-reference
 * table. A deflated stream is written as /FlateDecode, as most PDF writers do.
 */
export function makePdfFromContents(contents: PdfContent[]): Buffer {
  const objects: Buffer[] = [];
  const obj = (s: string) => Buffer.from(s, 'latin1');
  const pageIds = contents.map((_, k) => 4 + 2 * k);
  objects[1] = obj('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = obj(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`);
  objects[3] = obj('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  contents.forEach((content, k) => {
    const data = content.deflate ? zlib.deflateSync(content.data, { level: 9 }) : content.data;
    objects[4 + 2 * k] = obj(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * k} 0 R >>`);
    const filter = content.deflate ? ' /Filter /FlateDecode' : '';
    objects[5 + 2 * k] = Buffer.concat([obj(`<< /Length ${data.length}${filter} >>\nstream\n`), data, obj('\nendstream')]);
  });
  const parts: Buffer[] = [obj('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const piece = Buffer.concat([obj(`${id} 0 obj\n`), objects[id]!, obj('\nendobj\n')]);
    parts.push(piece);
    length += piece.length;
  }
  let tail = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) tail += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, obj(tail)]);
}

/**
 * Builds a tiny valid PDF by hand: one page per entry, each line drawn as its own text line,
 * Helvetica, with a correct cross-reference table. ASCII text only.
 */
export function makePdf(pages: string[][], options: { deflate?: boolean } = {}): Buffer {
  return makePdfFromContents(pages.map((lines) => ({ data: textContent(lines), ...options })));
}

/**
 * A PDF compression bomb: one page whose deflated content stream draws a line of text and then
 * inflates to `inflatedBytes` of blank space; 64 MB packs to about 64 KB.
 */
export function pdfBomb(inflatedBytes: number): Buffer {
  const text = textContent(['Barnevernet skal varsles ved bekymring for et barn.']);
  return makePdfFromContents([{ data: Buffer.concat([text, Buffer.alloc(Math.max(0, inflatedBytes - text.length), 0x20)]), deflate: true }]);
}

/**
 * A page of `pieces` short pieces of text, deflated: a 2.6 MB file for a million pieces, for which
 * pdfjs holds an object each, far past a 96 MB heap.
 */
export function manyPiecesPdf(pieces: number): Buffer {
  const ops = Array.from({ length: pieces }, (_, i) => `(o${i}) Tj 1 0 Td`).join('\n');
  return makePdfFromContents([{ data: Buffer.from(`BT /F1 12 Tf 72 720 Td\n${ops}\nET`, 'latin1'), deflate: true }]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Builds a tiny .docx with jszip: paragraphs, optionally styled as Heading1/Heading2. */
export async function makeDocx(paragraphs: Array<{ text: string; style?: 'Heading1' | 'Heading2' }>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>' +
      '</w:styles>',
  );
  const body = paragraphs
    .map((p) => {
      const style = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : '';
      return `<w:p>${style}<w:r><w:t xml:space="preserve">${xmlEscape(p.text)}</w:t></w:r></w:p>`;
    })
    .join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
