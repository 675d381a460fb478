import assert from 'node:assert/strict';
import { reportFileName } from '../../src/year-report/file-name';

describe('the report\'s file name', () => {
  it('is "Statusrapport <år> – <plan>.docx"', () => {
    assert.equal(reportFileName(2026, 'Handlingsplan mot vold i nære relasjoner'), 'Statusrapport 2026 – Handlingsplan mot vold i nære relasjoner.docx');
  });

  it('drops what SharePoint or a file system would refuse or misread, and never holds a path', () => {
    const name = reportFileName(2026, ' ../..\\Plan: "vold" <2025|2028>?*#%~&{x}\u0000. ');
    assert.equal(name, 'Statusrapport 2026 – Plan vold 2025 2028 x.docx');
    assert.doesNotMatch(name, /[/\\:"<>|?*#%~&{}\u0000]/);
  });

  it('cuts a very long title and falls back to the year alone when nothing is left', () => {
    assert.ok(reportFileName(2026, 'Handlingsplan '.repeat(30)).length <= 'Statusrapport 2026 – .docx'.length + 100);
    assert.equal(reportFileName(2025, ' ?*. '), 'Statusrapport 2025.docx');
  });
});
