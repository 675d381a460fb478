import assert from 'node:assert/strict';
import { GraphEmulator } from '../graph-emulator';
import { runProvision } from '../../src/cli/provision-sharepoint';
import { createGraphClient, type GraphConnection } from '../../src/sharepoint/graph-client';
import { CURATED_OFF_TEXT, SharePointCuratedSource } from '../../src/sharepoint/curated-source';
import { ensureCuratedLists } from '../../src/sharepoint/curated-lists';
import { SITE } from './harness';

const noSleep = { sleep: async () => {} };

describe('curated answers and staff words in SharePoint (Graph emulator)', () => {
  let emulator: GraphEmulator;
  let graph: GraphConnection;
  beforeEach(async () => {
    emulator = await GraphEmulator.start();
    graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
  });
  afterEach(() => emulator.close());

  const source = () => new SharePointCuratedSource(graph, { siteId: SITE, retry: noSleep });
  const list = (name: string) => emulator.store.list(SITE, name);
  const add = (name: string, fields: Record<string, unknown>) => emulator.store.addItem(list(name)!, fields, new Date().toISOString());

  it('creates both lists with their columns at the first read when the site permission allows it', async () => {
    const s = source();
    const snapshot = (await s.read())!;
    assert.deepEqual(snapshot, { answers: [], staffWords: [], problems: [] });
    assert.deepEqual(s.state(), { kind: 'on' });
    assert.deepEqual(list('Kuraterte svar')!.columns.map((c) => c.name), ['Title', 'Variants', 'Answer', 'Source', 'SourceUrl', 'Owner', 'ReviewBy']);
    assert.deepEqual(list('Synonymer')!.columns.map((c) => c.name), ['Title', 'PlanWords']);
  });

  it('reads items as curated answers and staff words, each linked to its item, and only again when something changed', async () => {
    await ensureCuratedLists(graph, { siteId: SITE, retry: noSleep });
    add('Kuraterte svar', {
      Title: 'Hvem ringer jeg om kvelden?', Variants: 'Hva er nummeret til barnevernvakten?\nHvem har vakt i helgen?', Answer: 'Ring barnevernvakten.',
      Source: 'Handlingsveileder', SourceUrl: 'https://eksempel.sharepoint.com/veileder.docx', Owner: 'Kari Nordmann', ReviewBy: '2027-03-01T12:00:00Z',
    });
    add('Kuraterte svar', { Title: 'Hva er vold?', Answer: 'Vold er …' });
    add('Synonymer', { Title: 'Vakta', PlanWords: 'barnevernvakten, barneverntjenesten' });
    const s = source();
    const snapshot = (await s.read())!;
    const [answer] = snapshot.answers;
    assert.deepEqual(answer!.questions, ['Hvem ringer jeg om kvelden?', 'Hva er nummeret til barnevernvakten?', 'Hvem har vakt i helgen?']);
    assert.equal(answer!.reviewBy, '2027-03-01');
    assert.equal(answer!.link, 'https://eksempel.sharepoint.com/veileder.docx');
    assert.match(answer!.ref.url!, /\/Lists\/Kuraterte%20svar\/DispForm\.aspx\?ID=1$/);
    assert.deepEqual(snapshot.problems.map((p) => [p.ref.list, p.ref.itemId, p.message]), [
      ['curated', '2', 'mangler kilde; svaret brukes ikke før det sier hva det bygger på'],
    ]);
    assert.deepEqual(snapshot.staffWords.map((w) => [w.word, w.planWords]), [['vakta', ['barnevernvakten', 'barneverntjenesten']]]);
    assert.equal(await s.read(), undefined, 'nothing changed');
    emulator.store.updateFields(list('Synonymer')!.items[0]!, { PlanWords: 'barnevernvakten' }, new Date().toISOString(), list('Synonymer'));
    assert.deepEqual((await s.read())!.staffWords[0]!.planWords, ['barnevernvakten']);
  });

  it('without write permission on the site, is off and says why once; lists made later are picked up', async () => {
    emulator.failNext('POST', 403, { pathIncludes: '/lists' });
    const s = source();
    const off = (await s.read())!;
    assert.deepEqual(s.state(), { kind: 'off', reason: CURATED_OFF_TEXT });
    assert.deepEqual(off.answers, []);
    assert.deepEqual(off.problems.map((p) => p.message), [CURATED_OFF_TEXT]);
    assert.equal(await s.read(), undefined, 'said once: the next read changes nothing');
    assert.equal(emulator.requestsMatching('POST', '/lists').length, 1, 'no second attempt to create them');
    // An administrator runs npm run provision:sharepoint.
    await ensureCuratedLists(graph, { siteId: SITE, retry: noSleep });
    add('Kuraterte svar', { Title: 'Hva er vold?', Answer: 'Vold er …', Source: 'Veilederen', Owner: 'Kari', ReviewBy: '2027-01-01T12:00:00Z' });
    const on = (await s.read())!;
    assert.deepEqual(s.state(), { kind: 'on' });
    assert.deepEqual(on.problems, []);
    assert.equal(on.answers.length, 1);
  });

  it('throws, so the last reading stays in use, when the lists cannot be read', async () => {
    const s = source();
    await s.read();
    await emulator.down('503');
    await assert.rejects(s.read(), { name: 'CuratedListsUnavailableError' });
  });

  it('saves a proposal from the tab as an item of "Kuraterte svar", read back at the next read', async () => {
    const s = source();
    await s.read();
    const saved = await s.save({ questions: ['Hva er latent vold?', 'Hva betyr latent vold?'], answer: 'Frykten for ny vold.', source: 'Veilederen', link: '', owner: 'Kari Nordmann', reviewBy: '2027-06-01' });
    assert.equal(saved.kind, 'saved');
    assert.match(saved.kind === 'saved' && saved.where === 'sharepoint' ? saved.url ?? '' : '', /DispForm\.aspx\?ID=1$/);
    const item = list('Kuraterte svar')!.items[0]!;
    assert.equal(item.fields.Title, 'Hva er latent vold?');
    assert.equal(item.fields.Variants, 'Hva betyr latent vold?');
    assert.equal(item.fields.Owner, 'Kari Nordmann');
    const read = (await s.read())!;
    assert.deepEqual(read.answers.map((a) => [a.questions[0], a.reviewBy]), [['Hva er latent vold?', '2027-06-01']]);
  });

  it('is created by npm run provision:sharepoint with the plan\'s lists, and a second run changes nothing', async () => {
    const env = { SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: emulator.baseUrl, GRAPH_STATIC_TOKEN: emulator.token };
    const out: string[] = [];
    assert.equal(await runProvision(env, (t) => out.push(t), () => graph), 0);
    assert.ok(out.includes('Kuraterte svar: opprettet'), out.join('\n'));
    assert.ok(out.includes('Synonymer: opprettet'));
    const again: string[] = [];
    await runProvision(env, (t) => again.push(t), () => graph);
    assert.ok(again.includes('Kuraterte svar: fantes') && again.includes('Synonymer: fantes'), again.join('\n'));
  });
});
