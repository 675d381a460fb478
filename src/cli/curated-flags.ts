import fs from 'node:fs';
import path from 'node:path';
import { readCuratedFiles } from '../curated/data';
import { CURATED_FILE, SYNONYMS_FILE } from '../curated/file-source';
import type { CuratedData } from '../knowledge';
import type { ParsedArgs } from './ask';

/**
 * The curated answers and staff words `ask` and `eval` read questions with: `--curated FILE` and
 * `--synonyms FILE`; for `ask` (what the bot answers) also kuraterte-svar.yaml and synonymer.yaml
 * in the documents' folder when they are there, as the bot reads them beside the plan file. None
 * with `--no-curated`. Row problems are warned about; a file that is named but missing is an error.
 */
export async function curatedForCli(flags: ParsedArgs['flags'], docs: string, warn: (text: string) => void, fromDocs = true): Promise<CuratedData | undefined> {
  if (flags.has('no-curated')) return undefined;
  if (!fromDocs && !flags.has('curated') && !flags.has('synonyms')) return undefined;
  const named = (flag: string): string | undefined => {
    const v = flags.get(flag);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new Error(`--${flag} trenger en fil`);
    if (!fs.existsSync(v)) throw new Error(`--${flag}: finner ikke ${v}`);
    return v;
  };
  const curated = named('curated') ?? path.join(docs, CURATED_FILE);
  const synonyms = named('synonyms') ?? path.join(docs, SYNONYMS_FILE);
  if (!fs.existsSync(curated) && !fs.existsSync(synonyms)) return undefined;
  const { data, problems } = await readCuratedFiles(curated, synonyms);
  for (const p of problems) warn(p);
  return data;
}
