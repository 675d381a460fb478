import { PartTooLargeError } from '../common/docx-package';
import type { ParsedFile, ReadLimits } from './loaders';
import type { DocumentPage } from './types';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/** The stream bound of the PDF being read, and whether a stream of it passed the bound. */
const bound = { maxBytes: Infinity, exceeded: false };

/**
 * pdfjs inflates a page's content streams and embedded fonts through the global
 * DecompressionStream and keeps every byte, with no cap of its own (it has no option for one).
 * This one ends its output at `bound.maxBytes` and notes it: ending, not failing, because on a
 * failure pdfjs inflates the stream again in its own decoder, without a cap. What pdfjs inflates
 * in its own decoder (object and cross-reference streams, other filters) has no such hook; there
 * the parsing worker's memory and time limits hold (ParseThread).
 */
class BoundedDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<BufferSource>;

  constructor(format: CompressionFormat) {
    const inner = new NativeDecompressionStream(format);
    let total = 0;
    this.writable = inner.writable;
    this.readable = inner.readable.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          total += chunk.byteLength;
          if (total > bound.maxBytes) {
            bound.exceeded = true;
            controller.terminate();
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
  }
}

const NativeDecompressionStream = globalThis.DecompressionStream;

/** pdfjs, loaded with the bounded DecompressionStream in place (before pdfjs can keep a reference). */
export async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  globalThis.DecompressionStream = BoundedDecompressionStream as unknown as typeof DecompressionStream;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/**
 * Extracts text per page with pdfjs-dist's legacy build (the one meant for Node). It is an ES
 * module, so it is imported dynamically from this CommonJS code. Stops after `maxChars`
 * characters: the pages after that are never parsed. Throws PartTooLargeError when a page's
 * content stream inflates past `maxPartBytes`. The bot calls this only in its parsing worker
 * (ParseThread): pdfjs patches built-ins of the thread that loads it.
 */
export async function pdfToPages(data: Uint8Array, limits: Pick<ReadLimits, 'maxChars' | 'maxPartBytes'>): Promise<ParsedFile> {
  const pdfjs = await loadPdfjs();
  // One PDF at a time in the parsing worker; in process (tests, tools) the last call's bound holds.
  bound.maxBytes = limits.maxPartBytes;
  bound.exceeded = false;
  const maxChars = limits.maxChars;
  const task = pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: DocumentPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (chars >= maxChars) return { pages, truncated: true };
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      if (bound.exceeded) throw new PartTooLargeError(`innholdet på side ${n}`, limits.maxPartBytes);
      let text = '';
      let lastY: number | undefined;
      for (const raw of content.items) {
        const item = raw as TextItem;
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5];
        // A new baseline without an explicit end-of-line still starts a new line.
        if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        if (y !== undefined) lastY = y;
      }
      page.cleanup();
      if (chars + text.length > maxChars) {
        pages.push({ page: n, text: text.slice(0, maxChars - chars) });
        return { pages, truncated: true };
      }
      pages.push({ page: n, text });
      chars += text.length;
    }
    return { pages, truncated: false };
  } finally {
    await doc.destroy();
  }
}
