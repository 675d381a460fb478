import type { DocumentPage } from './types';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

/**
 * Extracts text per page with pdfjs-dist's legacy build (the one meant for Node). It is an ES
 * module, so it is imported dynamically from this CommonJS code.
 */
export async function pdfToPages(data: Uint8Array): Promise<DocumentPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: DocumentPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
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
      pages.push({ page: n, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
