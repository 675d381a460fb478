import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { SharePointKnowledgeSync } from '../../src/knowledge/sharepoint-source';
import { createGraphClient } from '../../src/sharepoint/graph-client';
import { openDatabase, type Db } from '../../src/storage/database';
import { DriveEmulator } from '../graph-emulator/drive-emulator';
import { recordingLogger } from '../measures/fixtures';
import { READ_LIMITS, type ReadLimits } from '../../src/knowledge/loaders';
import { wordBomb } from '../support/zip-bomb';
import { makeDocx, makePdf, manyPiecesPdf, pdfBomb } from './helpers';

const SITE = 'eksempel.sharepoint.com,site-guid,web-guid';
const FOLDER = 'Kunnskap/Veiledere';

const RUTINE = '# Rutine ved mistanke om vold\n\nVed mistanke om vold i nære relasjoner skal du kontakte TryggEst-teamet samme dag og dokumentere det du har sett.\n';
const RUTINE_NY = RUTINE + '\n## Kveld og helg\n\nKriseteamet nås på kveldstid og i helgene gjennom legevakten, som setter deg over til vakthavende.\n';
const KONTAKT = 'Konsultasjonsteamet\n\nKonsultasjonsteamet møtes første tirsdag i måneden på rådhuset og drøfter saker anonymt.\n';

describe('SharePoint knowledge source (drive delta sync)', () => {
  let emulator: DriveEmulator;
  let db: Db;
  const clock = new ManualClock('2026-03-02T08:00:00Z');

  function sync(overrides: { driveId?: string; folder?: string; limits?: ReadLimits } = {}): SharePointKnowledgeSync {
    const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
    return new SharePointKnowledgeSync({
      graph, db, siteId: SITE, folder: FOLDER, log: recordingLogger().log, clock,
      retry: { sleep: async () => {}, random: () => 0.5 }, ...overrides,
    });
  }
  const downloads = () => emulator.requestsMatching('/content').length;
  const urlOf = (name: string) => emulator.store.webUrl(emulator.store.byPath(`${FOLDER}/${name}`)!);

  beforeEach(async () => {
    emulator = await DriveEmulator.start({ pageSize: 2 });
    db = openDatabase(':memory:');
    emulator.store.putFile(FOLDER, 'rutine-ved-mistanke.md', RUTINE);
    emulator.store.putFile(FOLDER, 'konsultasjonsteam.txt', KONTAKT);
    emulator.store.putFile(FOLDER, 'veileder-barnehage.docx', await makeDocx([
      { text: 'Veileder for barnehager', style: 'Heading1' },
      { text: 'Barnehagelærere som er bekymret for et barn skal drøfte bekymringen med styreren og melde til barnevernstjenesten.' },
    ]));
    emulator.store.putFile('Annet', 'budsjett.txt', 'Budsjettet for konsultasjonsteamet er hemmelig.');
  });
  afterEach(async () => {
    db.close();
    await emulator.close();
  });

  it('indexes the three documents of the folder, following @odata.nextLink, and cites their SharePoint web URLs', async () => {
    const r = await sync().syncOnce();
    assert.deepEqual({ changed: r.changed, removed: r.removed, failed: r.failed, docs: r.kb.size.documents }, { changed: 3, removed: 0, failed: [], docs: 3 });
    assert.ok(emulator.requests.some((q) => q.query['page']), 'delta paging was not followed');
    const a = r.kb.ask('Når møtes konsultasjonsteamet?');
    assert.equal(a.answered, true);
    assert.equal(a.citations[0]?.url, urlOf('konsultasjonsteam.txt'));
    assert.match(a.citations[0]!.url!, /^https:\/\/eksempel\.sharepoint\.com\//);
    const b = r.kb.ask('Hva gjør barnehagelærere som er bekymret for et barn?');
    assert.equal(b.citations[0]?.url, urlOf('veileder-barnehage.docx'));
    assert.ok(!r.kb.ask('Hva er budsjettet?').citations.some((c) => c.document.includes('Budsjett')), 'a file outside the folder was indexed');
  });

  it('after one file changed and one was deleted, one sync re-reads only the changed file and forgets the deleted one', async () => {
    const s = sync();
    const first = await s.syncOnce();
    assert.equal(first.kb.ask('Hvordan når jeg kriseteamet på kveldstid?').answered, false);
    const before = downloads();
    emulator.store.putFile(FOLDER, 'rutine-ved-mistanke.md', RUTINE_NY);
    emulator.store.deleteFile(FOLDER, 'konsultasjonsteam.txt');

    const r = await s.syncOnce();
    assert.deepEqual({ changed: r.changed, removed: r.removed, failed: r.failed }, { changed: 1, removed: 1, failed: [] });
    assert.equal(downloads() - before, 1, 'unchanged files were downloaded again');
    assert.ok(emulator.requestsMatching('/delta').at(-1)?.query['token'], 'the stored delta link was not used');
    const kveld = r.kb.ask('Hvordan når jeg kriseteamet på kveldstid?');
    assert.equal(kveld.answered, true);
    assert.match(kveld.citations[0]!.text, /legevakten/);
    assert.equal(kveld.citations[0]!.url, urlOf('rutine-ved-mistanke.md'));
    const møte = r.kb.ask('Når møtes konsultasjonsteamet?');
    assert.ok(!møte.citations.some((c) => c.text.includes('første tirsdag')), 'the deleted document still answers');
    assert.equal(r.kb.size.documents, 2);
  });

  it('a restart resumes from the stored delta link and cached text without downloading again', async () => {
    await sync().syncOnce();
    const before = downloads();
    const restarted = sync();
    assert.equal((await restarted.cached()).size.documents, 3, 'the cached copy is usable before any Graph call');
    const r = await restarted.syncOnce();
    assert.deepEqual({ changed: r.changed, removed: r.removed, docs: r.kb.size.documents }, { changed: 0, removed: 0, docs: 3 });
    assert.equal(downloads(), before);
    assert.ok(emulator.requestsMatching('/delta').at(-1)?.query['token'], 'the restart enumerated from scratch');
  });

  it('a 410 on an expired delta token triggers a full resync that still drops deleted files', async () => {
    const s = sync();
    await s.syncOnce();
    emulator.store.deleteFile(FOLDER, 'konsultasjonsteam.txt');
    emulator.store.expireDeltaTokens();
    const before = downloads();

    const r = await s.syncOnce();
    assert.ok(emulator.requests.some((q) => q.status === 410), 'the emulator did not answer 410');
    assert.equal(r.unavailable, undefined);
    assert.deepEqual({ changed: r.changed, removed: r.removed, docs: r.kb.size.documents }, { changed: 0, removed: 1, docs: 2 });
    assert.equal(downloads(), before, 'unchanged files were downloaded again on resync');
    const next = await s.syncOnce();
    assert.equal(next.changed + next.removed, 0);
  });

  it('a broken PDF is reported in failed by name and the other documents stay searchable', async () => {
    emulator.store.putFile(FOLDER, 'ødelagt-plan.pdf', Buffer.from('%PDF-1.4\nthis is not really a pdf'));
    emulator.store.putFile(FOLDER, 'handlingsplan.pdf', makePdf([['Handlingsplan', 'Alle ansatte skal ta kurset i traumebevisst omsorg innen juni.']]));
    const r = await sync().syncOnce();
    assert.equal(r.failed.length, 1);
    assert.equal(r.failed[0]!.name, 'ødelagt-plan.pdf');
    assert.match(r.failed[0]!.reason, /^kunne ikke lese filen \(/);
    assert.equal(r.kb.size.documents, 4);
    assert.equal(r.kb.ask('Når skal ansatte ta kurset i traumebevisst omsorg?').citations[0]?.url, urlOf('handlingsplan.pdf'));
    assert.equal(r.kb.ask('Når møtes konsultasjonsteamet?').answered, true);
    const again = await sync().syncOnce();
    assert.deepEqual(again.failed, [], 'an unchanged broken file is reported again on every sync');
  });

  it('hostile files are parsed in a worker and reported in failed by name: a PDF bomb, a Word bomb and a PDF that fills the worker heap', async function () {
    this.timeout(60_000);
    // 24 MB inside each bomb, past the 20 MB a part may inflate to; the million pieces inflate to 17 MB.
    emulator.store.putFile(FOLDER, 'bombe.pdf', pdfBomb(24 * 1024 * 1024));
    emulator.store.putFile(FOLDER, 'bombe.docx', wordBomb(24 * 1024 * 1024));
    emulator.store.putFile(FOLDER, 'mange-biter.pdf', manyPiecesPdf(1_000_000));
    const r = await sync({ limits: { ...READ_LIMITS, maxParseHeapMb: 96 } }).syncOnce();
    assert.deepEqual(r.failed.map((f) => `${f.name}: ${f.reason}`).sort(), [
      'bombe.docx: kunne ikke lese filen (word/document.xml pakker seg ut til mer enn 20 MB; filen er for stor eller ødelagt)',
      'bombe.pdf: kunne ikke lese filen (innholdet på side 1 pakker seg ut til mer enn 20 MB; filen er for stor eller ødelagt)',
      'mange-biter.pdf: kunne ikke lese filen (lesingen brukte mer enn 96 MB minne og ble stoppet)',
    ]);
    assert.equal(r.kb.size.documents, 3);
    assert.equal(r.kb.ask('Når møtes konsultasjonsteamet?').answered, true);
  });

  it('a failed download is retried on the next sync instead of being lost', async () => {
    emulator.failNext(500, '/content');
    emulator.failNext(500, '/content');
    emulator.failNext(500, '/content');
    emulator.failNext(500, '/content');
    const s = sync();
    const r = await s.syncOnce();
    assert.equal(r.failed.length, 1);
    assert.match(r.failed[0]!.reason, /^kunne ikke laste ned filen/);
    assert.equal(r.kb.size.documents, 2);
    const next = await s.syncOnce();
    assert.deepEqual({ changed: next.changed, failed: next.failed, docs: next.kb.size.documents }, { changed: 1, failed: [], docs: 3 });
  });

  it('when SharePoint cannot be reached, answers come from the cached copy and the reason is returned', async () => {
    await sync().syncOnce();
    emulator.failNext(403, '/drive');
    const r = await sync().syncOnce();
    assert.match(r.unavailable ?? '', /dokumentbiblioteket/);
    assert.equal(r.kb.size.documents, 3);
    assert.equal(r.kb.ask('Når møtes konsultasjonsteamet?').answered, true);
  });

  it('uses SHAREPOINT_DRIVE_ID when given instead of asking for the site default drive', async () => {
    const r = await sync({ driveId: emulator.store.driveId }).syncOnce();
    assert.equal(r.kb.size.documents, 3);
    assert.equal(emulator.requests.filter((q) => q.path.startsWith('/sites/')).length, 0);
  });

  it('reading the whole library skips the bot\'s "Rapporter" folder at its root, also for a report saved after the first sync', async () => {
    const report = async (line: string) => makeDocx([{ text: 'Statusrapport 2026', style: 'Heading1' }, { text: line }]);
    emulator.store.putFile('Rapporter', 'Statusrapport 2025.docx', await report('Samarbeidsavtalen med krisesenteret ble forsinket i hele 2025.'));
    emulator.store.putFile('Kunnskap/Rapporter', 'tilsyn.txt', 'Tilsynsrapporten om meldeplikt beskriver hvordan skolene melder til barnevernet.');
    const s = sync({ folder: '' });
    const first = await s.syncOnce();
    assert.equal(first.kb.size.documents, 5, 'the four documents and the guide in Kunnskap/Rapporter');
    assert.ok(!first.kb.ask('Ble samarbeidsavtalen med krisesenteret forsinket?').citations.some((c) => c.document.startsWith('Statusrapport')), 'a report was indexed');
    emulator.store.putFile('Rapporter', 'Statusrapport 2026.docx', await report('Temadagen om vold ble holdt i februar 2026 for alle enheter.'));
    const next = await s.syncOnce();
    assert.equal(next.kb.size.documents, 5);
    assert.ok(!emulator.requestsMatching('/content').some((q) => q.path.includes(emulator.store.byPath('Rapporter/Statusrapport 2026.docx')!.id)), 'a report was downloaded');
  });

  it('says which folder it could not find', async () => {
    const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
    const s = new SharePointKnowledgeSync({ graph, db, siteId: SITE, folder: 'Finnes ikke', log: recordingLogger().log, clock, retry: { sleep: async () => {} } });
    const r = await s.syncOnce();
    assert.match(r.unavailable ?? '', /^fant ikke mappen «Finnes ikke»: HTTP 404/);
    assert.equal(r.kb.size.documents, 0);
  });
});
