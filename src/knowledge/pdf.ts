import type { ParsedFile } from './loaders';
import type { DocumentPage } from './types';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/**
 * Extracts text per page with pdfjs-dist's legacy build (the one meant for Node). It is an ES
 * module, so it is imported dynamically from this CommonJS code. Stops after `maxChars`
 * characters: the pages after that are never parsed.
 */
export async function pdfToPages(data: Uint8Array, maxChars = Infinity): Promise<ParsedFile> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: DocumentPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (chars >= maxChars) return { pages, truncated: true };
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
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
