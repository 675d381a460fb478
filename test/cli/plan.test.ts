import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPlanCli, type PlanCliIo } from '../../src/cli/plan';
import { parsePlan } from '../../src/plan/load';
import { buildDocx } from '../plan/import/docx-builder';
import { SUBGOAL_TABLES } from '../plan/import/layouts';
import { testPlan } from '../measures/fixtures';
import { wideSpanDocx, wordBomb } from '../support/zip-bomb';
import { SITE } from '../sharepoint/harness';
import { COORDINATORS_GROUP, planListsHarness, type PlanListsHarness } from '../sharepoint/plan-lists-harness';

const SAMPLE = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml');

function io(env: Record<string, string> = {}, graph?: PlanListsHarness) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: PlanCliIo = { out: (t) => out.push(t), err: (t) => err.push(t), env, ...(graph ? { graph: () => graph.graph } : {}) };
  return { out, err, cli };
}

describe('plan command line', () => {
  let dir: string;
  let docx: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-'));
    docx = path.join(dir, 'plan.docx');
    fs.writeFileSync(docx, await buildDocx(SUBGOAL_TABLES));
  });

  it('import --json prints goals, measures and warnings in the contract shape', async () => {
    const r = io();
    assert.equal(await runPlanCli(['import', docx, '--json'], r.cli), 0);
    const json = JSON.parse(r.out.join('')) as { goals: object[]; measures: object[]; warnings: string[] };
    assert.deepEqual(Object.keys(json), ['goals', 'measures', 'warnings']);
    assert.deepEqual(Object.keys(json.goals[0]!), ['id', 'title']);
    assert.deepEqual(Object.keys(json.measures[0]!), ['id', 'goalId', 'title', 'timing', 'responsible', 'evaluation', 'targetGroup']);
    assert.equal(json.measures.length, 4);
  });

  it('import --out writes a draft plan file the bot can load, with wheel entries for the timings it can place', async () => {
    const out = path.join(dir, 'utkast.yaml');
    const r = io();
    assert.equal(await runPlanCli(['import', docx, '--out', out, '--municipality', 'Prøvekommune'], r.cli), 0);
    const plan = parsePlan(fs.readFileSync(out, 'utf8'), out);
    assert.equal(plan.municipality, 'Prøvekommune');
    assert.equal(plan.title, 'Tiltaksplan mot vold i nære relasjoner', "the Word file's own title");
    assert.deepEqual(plan.measures.map((m) => m.status), ['Ikke startet', 'Ikke startet', 'Ikke startet', 'Ikke startet']);
    assert.deepEqual(plan.wheel.map((w) => [w.id, w.timing]), [
      ['W1.1', { kind: 'text', text: 'Årlig. Jan/ feb og påminnelse i aug' }],
      ['W1.2', { kind: 'text', text: 'Hver høst' }],
    ]);
    assert.match(r.err[0]!, /^Skrev utkast til .*: 4 tiltak, 2 forslag til årshjul\.$/);
  });

  it('import --sharepoint adds only new rows and never overwrites what coordinators changed', async () => {
    const h = await planListsHarness(testPlan());
    try {
      const env = { SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: h.emulator.baseUrl, GRAPH_STATIC_TOKEN: h.emulator.token };
      h.edit('Measures', '1.1', { Title: 'Endret av koordinator' });
      const first = io(env, h);
      assert.equal(await runPlanCli(['import', docx, '--sharepoint'], first.cli), 0);
      assert.match(first.err.join('\n'), /SharePoint: 0 nye delmål, 2 nye tiltak, 2 nye årshjul-aktiviteter; 2 tiltak fantes/);
      assert.equal(h.item('Measures', '1.1').fields.Title, 'Endret av koordinator', 'the existing row is untouched');
      const again = io(env, h);
      assert.equal(await runPlanCli(['import', docx, '--sharepoint'], again.cli), 0);
      assert.match(again.err.join('\n'), /SharePoint: 0 nye delmål, 0 nye tiltak, 0 nye årshjul-aktiviteter; 4 tiltak fantes/);
    } finally {
      await h.close();
    }
  });

  it('check finds no problem in the shipped sample plan, and exits 0', async () => {
    const r = io();
    assert.equal(await runPlanCli(['check'], r.cli), 0);
    assert.deepEqual(r.out, ['Ingen problemer i planen.']);
  });

  it('check lists the plan file problems with file and line, and exits 1', async () => {
    const file = path.join(dir, 'plan-med-problem.yaml');
    fs.writeFileSync(file, fs.readFileSync(SAMPLE, 'utf8').replace('when: Hvert år i januar', 'when: ved behov'));
    const r = io({ PLAN_FILE: file });
    assert.equal(await runPlanCli(['check'], r.cli), 1);
    assert.equal(r.out[0], 'Planen har 1 problem:');
    assert.match(r.out[1]!, /^- Årshjul, linje \d+ W15 «Påminnelse om tilbudet til den som utøver vold»: tiden «ved behov» kan ikke plasseres/);
  });

  it('check and export read the SharePoint lists when PLAN_SOURCE=sharepoint', async () => {
    const h = await planListsHarness(testPlan());
    try {
      const env = { PLAN_SOURCE: 'sharepoint', SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: h.emulator.baseUrl, GRAPH_STATIC_TOKEN: h.emulator.token, COORDINATORS_GROUP_ID: COORDINATORS_GROUP };
      h.edit('Measures', '2.2', { Goal: '7' });
      const check = io(env, h);
      assert.equal(await runPlanCli(['check', '--json'], check.cli), 1);
      const problems = (JSON.parse(check.out[0]!) as { problems: Array<{ kind: string; id: string; ref: { url: string } }> }).problems;
      assert.deepEqual(problems.map((p) => [p.kind, p.id]), [['goal', '2.2']]);
      assert.match(problems[0]!.ref.url, /DispForm\.aspx\?ID=6$/);

      const out = path.join(dir, 'eksport.yaml');
      const exp = io(env, h);
      assert.equal(await runPlanCli(['export', '--out', out], exp.cli), 0);
      const back = parsePlan(fs.readFileSync(out, 'utf8').replace('goalId: "7"', 'goalId: "2"'), out);
      assert.deepEqual(back.measures.map((m) => m.id), testPlan().measures.map((m) => m.id));
      assert.deepEqual(back.owners.map((o) => o.measures), [['1.1'], ['1.2'], ['2.1']]);
    } finally {
      await h.close();
    }
  });

  it('answers a wrong command line with usage (exit 2), and an unreadable or broken file with a message (exit 1)', async () => {
    const usage = io();
    assert.equal(await runPlanCli(['importer'], usage.cli), 2);
    assert.match(usage.err[0]!, /^ukjent kommando: importer\nBruk: plan import/);
    const missing = io();
    assert.equal(await runPlanCli(['import', path.join(dir, 'finnes-ikke.docx')], missing.cli), 1);
    assert.match(missing.err[0]!, /^Kan ikke lese .*finnes-ikke\.docx \(ENOENT\)\.$/);
    const broken = path.join(dir, 'brutt.docx');
    fs.writeFileSync(broken, 'ikke word');
    const bad = io();
    assert.equal(await runPlanCli(['import', broken, '--json'], bad.cli), 1);
    assert.match(bad.err[0]!, /^kan ikke lese Word-filen/);
  });

  it('refuses a Word zip bomb and a table cell spanning 200 million columns with a clear message (exit 1)', async () => {
    const bomb = path.join(dir, 'bombe.docx');
    fs.writeFileSync(bomb, wordBomb(21 * 1024 * 1024));
    const wide = path.join(dir, 'bred.docx');
    fs.writeFileSync(wide, wideSpanDocx(200_000_000));
    const first = io();
    assert.equal(await runPlanCli(['import', bomb], first.cli), 1);
    assert.deepEqual(first.err, ['kan ikke lese Word-filen (word/document.xml pakker seg ut til mer enn 20 MB; filen er for stor eller ødelagt)']);
    assert.deepEqual(first.out, []);
    const second = io();
    assert.equal(await runPlanCli(['import', wide], second.cli), 1);
    assert.deepEqual(second.err, ['kan ikke lese Word-filen (en tabellcelle spenner over 200000000 kolonner; Word tillater høyst 63)']);
  });
});
