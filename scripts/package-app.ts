/**
 * `npm run package -- --env dev`: builds appPackage/build/appPackage.<env>.zip for upload in the
 * Teams admin center or the Developer Portal. Refuses (exit 2) when a placeholder has no value
 * or the manifest does not validate, and says what is wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PlaceholderError } from '../src/app-package/manifest';
import { buildAppPackage, packagePath, readEnvFiles } from '../src/app-package/package';

function envName(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--env' || a.startsWith('--env='));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

async function main(): Promise<number> {
  const name = envName(process.argv.slice(2));
  if (!name) {
    process.stderr.write('Bruk: npm run package -- --env <miljø>   (for eksempel --env dev, som leser env/.env.dev og env/.env.dev.user)\n');
    return 2;
  }
  let env: Record<string, string>;
  let read: string[];
  try {
    ({ env, read } = readEnvFiles(name));
  } catch (err) {
    if (!(err instanceof PlaceholderError)) throw err;
    process.stderr.write(`Kan ikke lage apppakken: ${err.message}\n`);
    return 2;
  }
  const result = await buildAppPackage(env);
  if (!result.ok) {
    process.stderr.write(`Kan ikke lage apppakken for «${name}» (leste ${read.join(', ')}):\n`);
    for (const p of result.problems) process.stderr.write(`  - ${p}\n`);
    return 2;
  }
  const out = packagePath(name);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, result.zip);
  process.stdout.write(`Apppakken er laget: ${path.relative(process.cwd(), out)} (fra ${read.join(', ')})\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`Pakking feilet: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
