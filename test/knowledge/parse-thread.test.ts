import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBytes, READ_LIMITS } from '../../src/knowledge/loaders';
import { ParseStoppedError, ParseThread, type Timer } from '../../src/knowledge/parse-thread';
import { wordBomb } from '../support/zip-bomb';
import { makeDocx, makePdf, manyPiecesPdf, pdfBomb } from './helpers';

/**
 * A timer the test sets off: `armed` makes the next one it is given run at once, before the
 * worker can answer (a reply is an I/O event, and the run is a microtask of the same turn).
 */
function manualTimer(): Timer & { armed: boolean; given: number[] } {
  const timer = Object.assign(
    (ms: number, run: () => void) => {
      timer.given.push(ms);
      if (timer.armed) {
        timer.armed = false;
        queueMicrotask(run);
      }
      return () => {};
    },
    { armed: false, given: [] as number[] },
  );
  return timer;
}

describe('parsing untrusted files in a worker thread', function () {
  this.timeout(60_000);
  let thread: ParseThread | undefined;

  afterEach(async () => {
    await thread?.close();
    thread = undefined;
  });

  it('gives the same pages as parsing in process, for every supported type', async () => {
    thread = new ParseThread(READ_LIMITS);
    const files: Array<[string, Buffer]> = [
      ['plan.txt', Buffer.from('Tiltaksplan\fSide to')],
      ['veileder.md', Buffer.from('# Veileder\n\nMeld bekymring.')],
      ['plan.pdf', makePdf([['Tiltak 1: Fagkveld'], ['Ansvar: Rektor'], ['Frist: 31.12.2026']], { deflate: true })],
      ['rutine.docx', await makeDocx([{ text: 'Rutine', style: 'Heading1' }, { text: 'Ring barnevernvakten.' }])],
    ];
    for (const [name, data] of files) assert.deepEqual(await thread.parse(name, data), await parseBytes(name, data, READ_LIMITS), name);
  });

  it('refuses a PDF whose content stream is a compression bomb, naming the page, and reads the next file', async () => {
    thread = new ParseThread({ ...READ_LIMITS, maxPartBytes: 256 * 1024 });
    await assert.rejects(thread.parse('bombe.pdf', pdfBomb(32 * 1024 * 1024)), {
      message: 'innholdet på side 1 pakker seg ut til mer enn 0.3 MB; filen er for stor eller ødelagt',
    });
    assert.equal((await thread.parse('plan.pdf', makePdf([['Tiltak 1']], { deflate: true }))).pages[0]!.text, 'Tiltak 1');
  });

  it('refuses a Word zip bomb by the bytes it inflates', async () => {
    thread = new ParseThread({ ...READ_LIMITS, maxPartBytes: 64 * 1024 });
    await assert.rejects(thread.parse('bombe.docx', wordBomb(1024 * 1024)), { message: /^word\/document\.xml pakker seg ut til mer enn 0\.1 MB/ });
  });

  it('a file that fills the worker heap ends only that worker: the file is refused, and the next is read by a fresh one', async () => {
    thread = new ParseThread({ ...READ_LIMITS, maxParseHeapMb: 96 });
    await assert.rejects(thread.parse('mange-biter.pdf', manyPiecesPdf(1_000_000)), (err: Error) => {
      assert.ok(err instanceof ParseStoppedError);
      assert.equal(err.message, 'lesingen brukte mer enn 96 MB minne og ble stoppet');
      return true;
    });
    assert.deepEqual((await thread.parse('ok.txt', Buffer.from('Tiltak: fagkveld'))).pages, [{ page: null, text: 'Tiltak: fagkveld' }]);
  });

  it('a file that runs past its time limit is stopped and refused, and the next file is read by a fresh worker', async () => {
    const after = manualTimer();
    thread = new ParseThread({ ...READ_LIMITS, maxParseMs: 45_000 }, { after });
    after.armed = true;
    await assert.rejects(thread.parse('treg.pdf', makePdf([['Tiltak 1']])), { name: 'ParseStoppedError', message: 'lesingen tok mer enn 45 sekunder og ble stoppet' });
    assert.deepEqual(after.given, [45_000]);
    assert.equal((await thread.parse('ok.pdf', makePdf([['Tiltak 2']]))).pages[0]!.text, 'Tiltak 2');
  });

  it('a file during which the process grows past the memory limit is stopped and refused', async () => {
    const every = manualTimer();
    let resident = 200 * 2 ** 20;
    // Outside its heap (inflated buffers): only the process's resident memory shows it.
    const residentBytes = () => (resident += 300 * 2 ** 20);
    thread = new ParseThread({ ...READ_LIMITS, maxParseMemoryMb: 256 }, { every, residentBytes, pollMs: 50 });
    every.armed = true;
    await assert.rejects(thread.parse('stor.pdf', makePdf([['Tiltak 1']])), { name: 'ParseStoppedError', message: 'lesingen brukte mer enn 256 MB minne og ble stoppet' });
    assert.deepEqual(every.given, [50]);
  });

  it('reads files one at a time when asked for several at once', async () => {
    thread = new ParseThread(READ_LIMITS);
    const texts = await Promise.all(['en', 'to', 'tre'].map((t) => thread!.parse(`${t}.txt`, Buffer.from(t)).then((r) => r.pages[0]!.text)));
    assert.deepEqual(texts, ['en', 'to', 'tre']);
  });
});

describe('pdfjs and the thread that loads the knowledge folder', function () {
  this.timeout(60_000);
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vinr-pdfjs-'));
    await writeFile(join(dir, 'plan.pdf'), makePdf([['Tiltak 1: Fagkveld om vold']]));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("never load pdfjs in the same thread: its polyfill leaves the process's Array.prototype.push alone", () => {
    // A process of its own: another test may load pdfjs in this one.
    const script = `
      const push = Array.prototype.push;
      const { loadDirectory } = require(${JSON.stringify(require.resolve('../../src/knowledge/loaders'))});
      loadDirectory(${JSON.stringify(dir)}).then(({ documents }) => {
        process.stdout.write(JSON.stringify({ text: documents[0].pages[0].text, same: Array.prototype.push === push }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-r', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8' })) as { text: string; same: boolean };
    assert.equal(out.text, 'Tiltak 1: Fagkveld om vold');
    assert.equal(out.same, true);
  });
});
