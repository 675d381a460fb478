import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sinon from 'sinon';
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { KnowledgeBase } from '../../src/knowledge';
import { KnowledgeDirError, loadDirectory, loadFile, READ_LIMITS, titleOf } from '../../src/knowledge/loaders';
import { ParseThread } from '../../src/knowledge/parse-thread';
import { wideSpanDocx, wordBomb } from '../support/zip-bomb';
import { makeDocx, makePdf, manyPiecesPdf, pdfBomb } from './helpers';

describe('knowledge loaders', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vinr-load-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a .txt file as one page without a page number', async () => {
    await writeFile(join(dir, 'plan.txt'), 'Tiltaksplan Nordby\nTiltak: fagkveld\n');
    const pages = await loadFile(join(dir, 'plan.txt'));
    assert.equal(pages.length, 1);
    assert.equal(pages[0]!.page, null);
    assert.match(pages[0]!.text, /fagkveld/);
  });

  it('takes the title of a markdown file from its first heading', async () => {
    await writeFile(join(dir, 'veileder.md'), 'Innledende tekst.\n\n# Slik melder du bekymring\n\nTekst.');
    const { documents } = await loadDirectory(dir);
    assert.equal(documents[0]!.title, 'Slik melder du bekymring');
  });

  it('falls back to the file name when the first line is a section heading', () => {
    assert.equal(titleOf([{ page: null, text: '1 Forord\nTekst her.' }], 'nordby-plan_2025.txt'), 'nordby plan 2025');
  });

  it('keeps page numbers of a pdf', async () => {
    await writeFile(join(dir, 'plan.pdf'), makePdf([['Tiltak 1: Fagkveld om vold'], ['Ansvar: Rektor', 'Frist: 31.12.2026']]));
    const pages = await loadFile(join(dir, 'plan.pdf'));
    assert.deepEqual(
      pages.map((p) => p.page),
      [1, 2],
    );
    assert.match(pages[1]!.text, /Ansvar: Rektor\s*\n\s*Frist: 31\.12\.2026/);
  });

  it('keeps docx headings as markdown headings', async () => {
    const docx = await makeDocx([
      { text: 'Handlingsveileder', style: 'Heading1' },
      { text: 'Meldeplikt', style: 'Heading2' },
      { text: 'Du melder til barneverntjenesten.' },
    ]);
    await writeFile(join(dir, 'veileder.docx'), docx);
    const { documents, warnings } = await loadDirectory(dir);
    assert.deepEqual(warnings, []);
    assert.equal(documents[0]!.title, 'Handlingsveileder');
    assert.match(documents[0]!.pages[0]!.text, /^## Meldeplikt$/m);
  });

  it('keeps a docx table as rows with their column names, and list items as items', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Kontakter', heading: HeadingLevel.HEADING_1 }),
            new Table({ rows: [new TableRow({ children: [cell('Hvem'), cell('Telefon')] }), new TableRow({ children: [cell('Barnevernvakten'), cell('400 00 004')] })] }),
            new Paragraph({ text: 'Ring først', numbering: { reference: 'steg', level: 0 } }),
          ],
        },
      ],
      numbering: { config: [{ reference: 'steg', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    });
    await writeFile(join(dir, 'kontakter.docx'), await Packer.toBuffer(doc));
    const { documents } = await loadDirectory(dir);
    const text = documents[0]!.pages[0]!.text;
    assert.match(text, /^\| Hvem \| Telefon \|$/m);
    assert.match(text, /^\| Barnevernvakten \| 400 00 004 \|$/m);
    assert.match(text, /^- Ring først$/m);
    const kb = KnowledgeBase.fromDocuments(documents);
    assert.match(kb.ask('Hva er telefonnummeret til barnevernvakten?').answer, /Barnevernvakten – Telefon: 400 00 004/);
  });

  it('a broken pdf is skipped with a warning naming it, and the rest loads', async () => {
    await writeFile(join(dir, 'ødelagt.pdf'), Buffer.from('%PDF-1.4\nthis is not a pdf at all'));
    await writeFile(join(dir, 'ok.txt'), 'Tiltak: fagkveld');
    const log = { warn: sinon.spy() };
    const { documents, warnings } = await loadDirectory(dir, log as never);
    assert.deepEqual(
      documents.map((d) => d.id),
      ['ok.txt'],
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /ødelagt\.pdf/);
    assert.ok(log.warn.calledOnceWith(warnings[0]));
  });

  it('a Word zip bomb is skipped with a warning naming it, and the rest loads', async () => {
    await writeFile(join(dir, 'bombe.docx'), wordBomb(1024 * 1024));
    await writeFile(join(dir, 'ok.txt'), 'Tiltak: fagkveld');
    const { documents, warnings } = await loadDirectory(dir, undefined, { ...READ_LIMITS, maxPartBytes: 64 * 1024 });
    assert.deepEqual(documents.map((d) => d.id), ['ok.txt']);
    assert.deepEqual(warnings, ['Hoppet over bombe.docx: kunne ikke lese filen (word/document.xml pakker seg ut til mer enn 0.1 MB; filen er for stor eller ødelagt)']);
  });

  it('a PDF whose content stream is a compression bomb is skipped with a warning naming it, and the rest loads', async () => {
    await writeFile(join(dir, 'bombe.pdf'), pdfBomb(16 * 1024 * 1024));
    await writeFile(join(dir, 'ok.pdf'), makePdf([['Tiltak: fagkveld']], { deflate: true }));
    const { documents, warnings } = await loadDirectory(dir, undefined, { ...READ_LIMITS, maxPartBytes: 64 * 1024 });
    assert.deepEqual(documents.map((d) => d.id), ['ok.pdf']);
    assert.deepEqual(warnings, ['Hoppet over bombe.pdf: kunne ikke lese filen (innholdet på side 1 pakker seg ut til mer enn 0.1 MB; filen er for stor eller ødelagt)']);
    await assert.rejects(loadFile(join(dir, 'bombe.pdf'), { ...READ_LIMITS, maxPartBytes: 64 * 1024 }), { name: 'PartTooLargeError' });
  });

  it('a file that fills the parsing worker heap is skipped with a warning naming it, and the next file loads', async function () {
    this.timeout(60_000);
    await writeFile(join(dir, 'a-mange-biter.pdf'), manyPiecesPdf(1_000_000));
    await writeFile(join(dir, 'b-ok.txt'), 'Tiltak: fagkveld');
    const { documents, warnings } = await loadDirectory(dir, undefined, { ...READ_LIMITS, maxParseHeapMb: 96 });
    assert.deepEqual(documents.map((d) => d.id), ['b-ok.txt']);
    assert.deepEqual(warnings, ['Hoppet over a-mange-biter.pdf: kunne ikke lese filen (lesingen brukte mer enn 96 MB minne og ble stoppet)']);
  });

  it('a file whose reading runs past the time limit is skipped with a warning naming it, and the next file loads', async () => {
    await writeFile(join(dir, 'a-treg.pdf'), makePdf([['Tiltak 1']]));
    await writeFile(join(dir, 'b-ok.pdf'), makePdf([['Tiltak 2']]));
    let reads = 0;
    // The first read's time limit runs out at once, before the worker can answer.
    const after = (_ms: number, expire: () => void) => {
      if (reads++ === 0) queueMicrotask(expire);
      return () => {};
    };
    const parser = new ParseThread(READ_LIMITS, { after });
    try {
      const { documents, warnings } = await loadDirectory(dir, undefined, READ_LIMITS, parser);
      assert.deepEqual(documents.map((d) => d.pages[0]!.text), ['Tiltak 2']);
      assert.deepEqual(warnings, ['Hoppet over a-treg.pdf: kunne ikke lese filen (lesingen tok mer enn 60 sekunder og ble stoppet)']);
    } finally {
      await parser.close();
    }
  });

  it('a docx with a table cell spanning more than 63 columns is skipped with a warning', async () => {
    await writeFile(join(dir, 'bred.docx'), wideSpanDocx(200_000_000));
    const { documents, warnings } = await loadDirectory(dir);
    assert.equal(documents.length, 0);
    assert.match(warnings[0]!, /^Hoppet over bred\.docx: .*spenner over 200000000 kolonner/);
  });

  it('text past the character limit is skipped, with a warning naming the file; shorter files are whole', async () => {
    await writeFile(join(dir, 'lang.txt'), 'a'.repeat(60) + '\f' + 'b'.repeat(60));
    await writeFile(join(dir, 'lang.pdf'), makePdf([['Side en har tekst nok til mer enn en tredjedel'], ['Side to har tekst nok til mer enn en tredjedel'], ['Side tre leses aldri']]));
    await writeFile(join(dir, 'kort.md'), '# Kort\n\n' + 'c'.repeat(80));
    const limits = { ...READ_LIMITS, maxChars: 100 };
    const { documents, warnings } = await loadDirectory(dir, undefined, limits);
    const byId = new Map(documents.map((d) => [d.id, d]));
    assert.deepEqual(byId.get('lang.txt')!.pages.map((p) => p.text.length), [60, 40]);
    assert.equal(byId.get('kort.md')!.pages[0]!.text.length, 88);
    assert.deepEqual(warnings, [
      'lang.pdf er for lang: bare de første 100 tegnene er lest, resten er hoppet over',
      'lang.txt er for lang: bare de første 100 tegnene er lest, resten er hoppet over',
    ]);
    const pdf = await loadFile(join(dir, 'lang.pdf'), { ...READ_LIMITS, maxChars: 30 });
    assert.deepEqual(pdf.map((p) => p.page), [1]);
    assert.equal(pdf[0]!.text, 'Side en har tekst nok til mer ');
  });

  it('a broken docx is skipped with a warning naming it', async () => {
    await writeFile(join(dir, 'rot.docx'), Buffer.from('not a zip'));
    const { documents, warnings } = await loadDirectory(dir);
    assert.equal(documents.length, 0);
    assert.match(warnings[0]!, /rot\.docx/);
  });

  it('an empty file is skipped with a warning', async () => {
    await writeFile(join(dir, 'tom.md'), '  \n\n');
    const { documents, warnings } = await loadDirectory(dir);
    assert.equal(documents.length, 0);
    assert.match(warnings[0]!, /tom\.md.*tom/);
  });

  it('ignores unsupported files and README files', async () => {
    await writeFile(join(dir, 'bilde.png'), 'x');
    await writeFile(join(dir, 'README.md'), '# Om mappen');
    const { documents, warnings } = await loadDirectory(dir);
    assert.equal(documents.length, 0);
    assert.deepEqual(warnings, []);
  });

  it('rejects a missing folder with a clear error', async () => {
    await assert.rejects(loadDirectory(join(dir, 'finnes-ikke')), {
      name: 'KnowledgeDirError',
      message: new RegExp(`Kan ikke lese kunnskapsmappen .*finnes-ikke`),
    });
    assert.ok(new KnowledgeDirError('x') instanceof Error);
  });
});
