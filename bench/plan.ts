/**
 * The plan as the bot reads it: 500 measures and 200 wheel entries from the SharePoint lists in
 * the Graph emulator (real Graph client over HTTP, Graph's page size of 200, owners as person
 * fields resolved through the directory), and importing a 60-measure Word plan.
 */
import { performance } from 'node:perf_hooks';
import { importDocx } from '../src/plan/import/import';
import { createGraphClient } from '../src/sharepoint/graph-client';
import { wheelEntryToFields, provisionSharePoint } from '../src/sharepoint/provision';
import { measureToFields } from '../src/sharepoint/mapping';
import { SharePointPlanSource } from '../src/sharepoint/plan-source';
import { GraphEmulator } from '../test/graph-emulator';
import { buildDocx, type Part } from '../test/plan/import/docx-builder';

const SITE = 'bench.sharepoint.com,site,web';
const ms = (t: number) => Math.round(t * 10) / 10;

export async function benchPlanLists(measures = 500, wheel = 200): Promise<Record<string, number | string>> {
  const emulator = await GraphEmulator.start({ pageSize: 200 });
  try {
    const graph = createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token });
    await provisionSharePoint(graph, { siteId: SITE, measures: [] });
    const store = emulator.store;
    const list = (name: string) => store.list(SITE, name)!;
    const now = new Date().toISOString();
    const dir = store.directory;
    for (let p = 0; p < 20; p++) dir.addUser({ id: `user-${p}`, displayName: `Eier ${p}`, mail: `eier${p}@eksempel.no` });
    for (let g = 1; g <= 25; g++) store.addItem(list('Goals'), { Title: `Delmål ${g}`, GoalId: `G${g}` }, now);
    for (let i = 0; i < measures; i++) {
      const id = `${(i % 25) + 1}.${Math.floor(i / 25) + 1}`;
      const owner = dir.ensureSiteUser(SITE, { name: `Eier ${i % 20}`, email: `eier${i % 20}@eksempel.no` });
      store.addItem(list('Measures'), {
        ...measureToFields({ id, title: `Tiltak ${id}`, goalId: `G${(i % 25) + 1}`, responsible: 'Enhetsleder', status: 'Ikke startet', timing: 'Hvert år i mars', evaluation: 'Årlig rapport' }),
        OwnersLookupId: [owner],
      }, now);
    }
    const timings = ['Feb/ mars og påminnelse i sept/okt', 'Hvert år i november', 'Frist: 30.6.2027', 'Ved skolestart', 'Kontinuerlig'];
    for (let i = 0; i < wheel; i++) {
      store.addItem(list('Wheel'), wheelEntryToFields({
        id: `W${i + 1}`, title: `Aktivitet ${i + 1}`, todo: 'Gjør det som står i planen.', measures: [`${(i % 25) + 1}.1`], audience: 'alle-ledere',
        timing: { kind: 'text', text: timings[i % timings.length]! },
      }), now);
    }
    const source = new SharePointPlanSource(graph, { siteId: SITE, base: { municipality: 'Bench', title: 'Bench', contacts: [] } });
    const t0 = performance.now();
    const first = await source.read();
    const full = performance.now() - t0;
    if (!first || first.plan.measures.length !== measures || first.plan.wheel.length !== wheel) throw new Error('bench read the wrong plan');
    const t1 = performance.now();
    const unchanged = await source.read();
    const delta = performance.now() - t1;
    if (unchanged) throw new Error('an unchanged plan was rebuilt');
    return {
      'rows read (measures + wheel entries)': `${measures} + ${wheel}`,
      'first read and validation, ms (target <= 2000)': ms(full),
      'next poll with nothing changed (delta), ms': ms(delta),
      'problems found': first.problems.length,
    };
  } finally {
    await emulator.close();
  }
}

/** A 60-measure plan: six sub-goals as headings, each with a table of ten measures. */
export function sixtyMeasurePlan(): Part[] {
  const parts: Part[] = [{ heading: 'Handlingsplan mot vold i nære relasjoner', level: 1 }];
  for (let g = 1; g <= 6; g++) {
    parts.push({ heading: `Delmål ${g}: Mål nummer ${g} for arbeidet`, level: 2 });
    const rows: string[][] = [['Tiltak', 'Tidsrom', 'Ansvar', 'Evaluering', 'Målgruppe']];
    for (let m = 1; m <= 10; m++) rows.push([`Tiltak ${g}.${m} beskrevet i to linjer\nmed en forklaring`, m % 3 ? 'Feb/ mars og påminnelse i sept/okt' : 'Ved behov', 'Enhetsleder\nKoordinator', 'Årlig i desember', 'Ansatte']);
    parts.push({ table: rows, headerRows: 1 });
  }
  return parts;
}

export async function benchImport(): Promise<Record<string, number>> {
  const docx = await buildDocx(sixtyMeasurePlan());
  const t0 = performance.now();
  const first = await importDocx(docx);
  const cold = performance.now() - t0;
  if (first.measures.length !== 60) throw new Error(`bench import found ${first.measures.length} measures`);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await importDocx(docx);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { 'measures found': first.measures.length, 'docx size, KB': Math.round(docx.length / 1024), 'first import, ms (target <= 1000)': ms(cold), 'median of 5 more, ms': ms(times[2]!) };
}
