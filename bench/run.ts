/**
 * `npm run bench`: prints speed and quality figures. Parts that read ../shared are skipped
 * with a note when it is absent. A benchmark, not a test: it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchFoundation } from './foundation';

const SHARED = path.resolve(__dirname, '..', '..', 'shared');

type Section = { name: string; run: () => Promise<Record<string, number | string>> };

function optional(modulePath: string, exportName: string, ...args: unknown[]): Section['run'] {
  return async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(modulePath);
    return mod[exportName](...args);
  };
}

const sections: Section[] = [
  { name: 'Foundation: start and message turns (4000 turns each, concurrency 8)', run: () => benchFoundation() },
];
if (fs.existsSync(path.join(__dirname, 'knowledge.ts'))) {
  sections.push({
    name: 'Ask: retrieval over ../shared/plans',
    run: fs.existsSync(SHARED)
      ? optional(
          './knowledge',
          'benchKnowledge',
          path.join(SHARED, 'plans'),
          path.join(SHARED, 'eval', 'qa-dev.jsonl'),
          path.join(SHARED, 'eval', 'qa-dev2.jsonl'),
          path.join(__dirname, '..', 'eval', 'dev3', 'qa-dev3.jsonl'),
          path.join(__dirname, '..', 'eval', 'dev4', 'qa-dev4.jsonl'),
          path.join(__dirname, '..', 'eval', 'dev5', 'qa-dev5.jsonl'),
          path.join(__dirname, '..', 'eval', 'dev5', 'qa-dev5-everyday.jsonl'),
          path.join(__dirname, '..', 'eval', 'holdout', 'qa-holdout.jsonl'),
          path.join(__dirname, '..', 'eval', 'holdout2', 'qa-holdout2.jsonl'),
          path.join(__dirname, '..', 'eval', 'holdout2', 'qa-holdout2-everyday.jsonl'),
        )
      : async () => ({ skipped: '../shared not found' }),
  });
}
if (fs.existsSync(path.join(__dirname, 'index-build.ts'))) {
  sections.push({ name: 'Ask: index build of 1 M and 4 M characters, and a start with hostile documents', run: optional('./index-build', 'benchIndexBuild') });
}
if (fs.existsSync(path.join(__dirname, 'wheel.ts'))) {
  sections.push({ name: 'Remind: occurrence computation', run: optional('./wheel', 'benchOccurrences') });
}
if (fs.existsSync(path.join(__dirname, 'dispatch.ts'))) {
  sections.push({ name: 'Remind: dispatch throughput', run: optional('./dispatch', 'benchDispatch') });
}
if (fs.existsSync(path.join(__dirname, 'plan.ts'))) {
  sections.push({ name: 'Plan: 500 measures and 200 wheel entries from the SharePoint lists', run: optional('./plan', 'benchPlanLists') });
  sections.push({ name: 'Plan: importing a 60-measure Word plan', run: optional('./plan', 'benchImport') });
}
if (fs.existsSync(path.join(__dirname, 'year-report.ts'))) {
  sections.push({ name: 'Report: the yearly report for 500 measures and 2,000 decisions', run: optional('./year-report', 'benchYearReport') });
}
if (fs.existsSync(path.join(__dirname, 'state.ts'))) {
  sections.push({ name: 'State: reminders/s and approvals/s, SQLite and Azure Table Storage (Azurite) with 1 and 3 instances', run: optional('./state', 'benchState') });
}
if (fs.existsSync(path.join(__dirname, 'tab.ts'))) {
  sections.push({ name: 'Tab: Status data for 500 measures and 2,000 decisions (target ≤ 200 ms)', run: optional('./tab', 'benchTabStatus') });
}
if (fs.existsSync(path.join(__dirname, 'measures.ts'))) {
  sections.push({ name: 'Report: approvals against the Graph emulator', run: optional('./measures', 'benchApprovals') });
  sections.push({ name: 'Report: approve invokes over HTTP against the Graph emulator', run: optional('./approve-invoke', 'benchApproveInvokes') });
}

/** Runs one section in this process and prints its figures. */
async function runSection(section: Section): Promise<void> {
  const started = performance.now();
  const figures = await section.run();
  process.stdout.write(`\n## ${section.name}\n`);
  for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key.padEnd(52)} ${value}\n`);
  process.stdout.write(`${'(section took s)'.padEnd(52)} ${((performance.now() - started) / 1000).toFixed(1)}\n`);
}

/**
 * Each section runs in a fresh process, so one section's memory (RSS) and warm caches do not
 * colour another's figures.
 */
async function main(): Promise<void> {
  const [flag, name] = process.argv.slice(2);
  if (flag === '--section') {
    const section = sections.find((s) => s.name === name);
    if (!section) throw new Error(`unknown section ${name}`);
    return runSection(section);
  }
  for (const section of sections) {
    if (flag && !section.name.toLowerCase().includes(flag.toLowerCase())) continue;
    const child = spawnSync(process.execPath, [require.resolve('tsx/cli'), __filename, '--section', section.name], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`section "${section.name}" failed (${child.status ?? child.signal})`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
