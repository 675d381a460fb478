/** Characters SharePoint and common file systems refuse or misread in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /["*:<>?/\\|#%{}~&\u0000-\u001f\u007f]/g;

/** Longest plan title kept in a file name; SharePoint allows 400 characters for the whole path. */
const MAX_TITLE = 100;

/**
 * "Statusrapport 2026 – Handlingsplan mot vold i nære relasjoner.docx": a name that is safe in a
 * SharePoint library and on disk, from a plan title that may hold anything.
 */
export function reportFileName(year: number, planTitle: string): string {
  let title = planTitle.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (title.length > MAX_TITLE) title = title.slice(0, MAX_TITLE).trim();
  title = title.replace(/^[.\s]+|[.\s]+$/g, '');
  return title ? `Statusrapport ${year} – ${title}.docx` : `Statusrapport ${year}.docx`;
}
