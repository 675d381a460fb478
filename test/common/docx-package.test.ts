import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { checkTableSpans, DOCX_LIMITS, MAX_PART_BYTES, openDocx, PartTooLargeError, readPart, TableSpanError } from '../../src/common/docx-package';
import { lyingZip, wordBomb } from '../support/zip-bomb';

const MB = 1024 * 1024;

describe('bounded docx reading', () => {
  it('stops a part that declares 1 KB at the real default of 20 MB, counting what it inflates', async () => {
    assert.equal(DOCX_LIMITS.maxPartBytes, 20 * MB);
    const bomb = wordBomb(21 * MB);
    assert.ok(bomb.length < 200 * 1024, 'the bomb itself is small');
    const zip = await JSZip.loadAsync(bomb);
    const part = zip.file('word/document.xml')!;
    // What the zip declares is not what we go by.
    assert.equal((part as unknown as { _data: { uncompressedSize: number } })._data.uncompressedSize, 1024);
    await assert.rejects(readPart(part, MAX_PART_BYTES), (err: Error) => {
      assert.ok(err instanceof PartTooLargeError);
      assert.equal(err.message, 'word/document.xml pakker seg ut til mer enn 20 MB; filen er for stor eller ødelagt');
      return true;
    });
  });

  it('reads a part within the limit whole', async () => {
    const text = Buffer.from('Meldeplikt til barnevernet. '.repeat(2000));
    const zip = await JSZip.loadAsync(lyingZip([{ name: 'a.txt', data: text }]));
    assert.deepEqual(await readPart(zip.file('a.txt')!, text.length), text);
    await assert.rejects(readPart(zip.file('a.txt')!, text.length - 1), PartTooLargeError);
  });

  it('refuses, in Norwegian, a part within the limit whose zip declares less than it holds', async () => {
    const file = await openDocx(lyingZip([{ name: 'word/document.xml', data: Buffer.alloc(10_000, 'a'), declaredSize: 100 }]));
    await assert.rejects(file.read('word/document.xml', 'utf-8'), /^Error: word\/document\.xml er ødelagt/);
  });

  it('allows a table cell to span Word\'s 63 columns, and no more', () => {
    const doc = (span: number) => ({ type: 'document', children: [{ type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', colSpan: span, children: [] }] }] }] });
    checkTableSpans(doc(63));
    assert.throws(() => checkTableSpans(doc(64)), (err: Error) => err instanceof TableSpanError && /spenner over 64 kolonner; Word tillater høyst 63/.test(err.message));
  });
});
