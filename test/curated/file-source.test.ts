import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileCuratedSource } from '../../src/curated/file-source';

const SAMPLE = path.join(__dirname, '..', '..', 'data', 'eksempel-kommune');

describe('curated answers and staff words from files (local mode)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curated-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const files = () => ({ curated: path.join(dir, 'kuraterte-svar.yaml'), synonyms: path.join(dir, 'synonymer.yaml'), proposals: path.join(dir, 'runtime', 'kuraterte-svar.yaml') });
  /** Sets a file's time forward, as an edit a second later would: the source compares time and size. */
  const touch = (file: string, n: number) => fs.utimesSync(file, new Date(2030, 0, 1, 0, 0, n), new Date(2030, 0, 1, 0, 0, n));

  it('reads the sample municipality\'s files without a problem', async () => {
    const snapshot = (await new FileCuratedSource({ curated: path.join(SAMPLE, 'kuraterte-svar.yaml'), synonyms: path.join(SAMPLE, 'synonymer.yaml') }).read())!;
    assert.deepEqual(snapshot.problems, []);
    assert.equal(snapshot.answers.length, 8);
    assert.ok(snapshot.answers.every((a) => a.owner && a.reviewBy && a.questions.length >= 4));
    assert.ok(snapshot.staffWords.some((s) => s.word === 'magefølelse'));
  });

  it('reports a bad row with its line, uses the others, and reads nothing when nothing changed', async () => {
    const f = files();
    fs.writeFileSync(f.curated, [
      '- questions: [Hva er meldeplikt?]',
      '  answer: Plikten til å melde.',
      '  source: Veilederen',
      '  owner: Kari',
      '  reviewBy: 2027-01-01',
      '- questions: [Hvem melder?]',
      '  answer: Du.',
      '  kilde: Veilederen',
    ].join('\n'));
    const source = new FileCuratedSource(f);
    const first = (await source.read())!;
    assert.deepEqual(first.answers.map((a) => a.questions[0]), ['Hva er meldeplikt?']);
    assert.deepEqual(first.problems.map((p) => [p.ref.line, p.message]), [
      [8, 'ukjent felt «kilde»; bruk questions, answer, source, link, owner, reviewBy'],
      [6, 'mangler kilde; svaret brukes ikke før det sier hva det bygger på'],
    ]);
    assert.equal(await source.read(), undefined);
  });

  it('keeps the last good rows of a file that no longer parses, and says so', async () => {
    const f = files();
    fs.writeFileSync(f.synonyms, '- { word: uro, planWords: [bekymring] }\n');
    const source = new FileCuratedSource(f);
    assert.equal((await source.read())!.staffWords.length, 1);
    fs.writeFileSync(f.synonyms, '- { word: uro, planWords: [bekymring\n');
    touch(f.synonyms, 1);
    const broken = (await source.read())!;
    assert.deepEqual(broken.staffWords.map((s) => s.word), ['uro']);
    assert.equal(broken.problems.length, 1);
    assert.equal(broken.problems[0]!.ref.list, 'synonyms');
    assert.match(broken.problems[0]!.message, /synonymer\.yaml er ikke gyldig YAML .*forrige versjon brukes/);
  });

  it('saves a proposal in the local file under DATA_DIR, and reads it back as an answer', async () => {
    const f = files();
    const source = new FileCuratedSource(f);
    assert.equal((await source.read())!.answers.length, 0);
    const saved = await source.save({ questions: ['Hva er latent vold?', 'Hva betyr latent vold?'], answer: 'Frykten for ny vold.', source: 'Veilederen', link: '', owner: 'Kari Nordmann', reviewBy: '2027-06-01' });
    assert.deepEqual(saved, { kind: 'saved', where: 'file', file: f.proposals });
    assert.match(fs.readFileSync(f.proposals, 'utf8'), /^# Kuraterte svar lagret fra fanen i lokal modus\. I Teams ligger de i SharePoint-listen «Kuraterte svar»\./);
    const read = (await source.read())!;
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.answers.map((a) => [a.questions, a.answer, a.owner, a.reviewBy]), [[['Hva er latent vold?', 'Hva betyr latent vold?'], 'Frykten for ny vold.', 'Kari Nordmann', '2027-06-01']]);
    await source.save({ questions: ['Hva er digital vold?'], answer: 'Vold på nett.', source: 'Veilederen', link: 'https://eksempel.no', owner: 'Kari Nordmann', reviewBy: '2027-06-01' });
    touch(f.proposals, 2);
    assert.deepEqual((await source.read())!.answers.map((a) => a.link), [undefined, 'https://eksempel.no']);
  });
});
