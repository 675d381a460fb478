import JSZip from 'jszip';

/**
 * Most bytes one part of a Word file (word/document.xml, styles, numbering …) may inflate to. A
 * long plan's document.xml is a few MB; a zip bomb declares a small size and holds hundreds.
 */
export const MAX_PART_BYTES = 20 * 1024 * 1024;

/** Word's own limit on a table's columns; a larger span is not a Word table but an attack. */
export const MAX_WORD_COLUMNS = 63;

/** How much a reader may inflate; tests shrink it. */
export interface DocxLimits {
  maxPartBytes: number;
}

export const DOCX_LIMITS: DocxLimits = { maxPartBytes: MAX_PART_BYTES };

const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A part inflated past the limit (the message is Norwegian: it reaches coordinators and `plan import`). */
export class PartTooLargeError extends Error {
  override readonly name = 'PartTooLargeError';
  constructor(readonly part: string, readonly limit: number) {
    super(`${part} pakker seg ut til mer enn ${mb(limit)}; filen er for stor eller ødelagt`);
  }
}

/** A table cell spanning more columns than Word allows. */
export class TableSpanError extends Error {
  override readonly name = 'TableSpanError';
  constructor(readonly span: number) {
    super(`en tabellcelle spenner over ${span} kolonner; Word tillater høyst ${MAX_WORD_COLUMNS}`);
  }
}

/**
 * Inflates one zip entry, counting the bytes that actually come out (never the size the zip
 * declares), and stops at `limit`: jszip streams the entry in small steps, so at most one step
 * past the limit is ever held in memory.
 */
export function readPart(file: JSZip.JSZipObject, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (total < 0) return;
      total += chunk.length;
      if (total > limit) {
        total = -1;
        chunks.length = 0;
        // jszip pauses its inflater once the destroyed stream refuses the next chunk.
        (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
        reject(new PartTooLargeError(file.name, limit));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (err: Error) => reject(err));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The zip-file interface mammoth reads a .docx through (its `{ file }` input). */
export interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

/**
 * Opens a .docx for mammoth with every part read through `readPart`, so neither the knowledge
 * loader nor `plan import` ever inflates more than the limit per part. Mammoth reads the same
 * parts as through its own jszip wrapper, decoded the same way.
 */
export async function openDocx(data: Buffer, limits: DocxLimits = DOCX_LIMITS): Promise<MammothZip> {
  const zip = await JSZip.loadAsync(data);
  return {
    exists: (name) => zip.file(name) !== null,
    async read(name, encoding) {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} finnes ikke i filen`);
      const bytes = await readPart(file, limits.maxPartBytes).catch((err: Error) => {
        // jszip's own errors are English ("uncompressed data size mismatch"); say what it means.
        throw err instanceof PartTooLargeError ? err : new Error(`${name} er ødelagt (${err.message})`);
      });
      if (encoding === 'base64') return bytes.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(bytes);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    },
  };
}

/** A node of mammoth's document tree, as far as span checks need it. */
interface DocNode {
  type?: string;
  colSpan?: number;
  children?: DocNode[];
}

/** Throws TableSpanError when any table cell spans more columns than Word allows. */
export function checkTableSpans(node: DocNode): void {
  const stack: DocNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tableCell' && (n.colSpan ?? 1) > MAX_WORD_COLUMNS) throw new TableSpanError(n.colSpan!);
    if (n.children) stack.push(...n.children);
  }
}
