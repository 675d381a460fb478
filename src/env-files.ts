import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads env/.env.<name> and env/.env.<name>.user (secrets, gitignored) into a copy of `env`.
 * Values already in the environment win, so `PORT=4000 npm run start:bot` is honoured.
 * Returns the files that were read, for the start-up log.
 */
export function withEnvFiles(name: string, env: NodeJS.ProcessEnv, root = path.resolve(__dirname, '..')) {
  const merged: NodeJS.ProcessEnv = { ...env };
  const read: string[] = [];
  for (const file of [`.env.${name}`, `.env.${name}.user`]) {
    const full = path.join(root, 'env', file);
    if (!fs.existsSync(full)) continue;
    const values = parseEnv(fs.readFileSync(full, 'utf8'));
    for (const [key, value] of Object.entries(values)) {
      if (merged[key] === undefined) merged[key] = value;
    }
    read.push(`env/${file}`);
  }
  return { env: merged, read };
}
