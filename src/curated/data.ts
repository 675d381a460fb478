import path from 'node:path';
import { StaffWords, type CuratedData } from '../knowledge';
import { formatProblem } from '../plan/problems';
import { CURATED_FILE, FileCuratedSource, SYNONYMS_FILE } from './file-source';
import type { CuratedSnapshot } from './types';

/** What the engine reads questions with, from one reading of the lists. */
export function curatedDataOf(snapshot: Pick<CuratedSnapshot, 'answers' | 'staffWords'>): CuratedData {
  return { answers: snapshot.answers, staffWords: new StaffWords(snapshot.staffWords) };
}

/**
 * The curated answers and staff words in a folder (kuraterte-svar.yaml, synonymer.yaml), for the
 * command-line tools; files that are missing give none. Row problems come back as lines.
 */
export async function readCuratedFolder(dir: string): Promise<{ data: CuratedData; problems: string[] }> {
  return readCuratedFiles(path.join(dir, CURATED_FILE), path.join(dir, SYNONYMS_FILE));
}

export async function readCuratedFiles(curated: string, synonyms: string): Promise<{ data: CuratedData; problems: string[] }> {
  const snapshot = (await new FileCuratedSource({ curated, synonyms }).read())!;
  return { data: curatedDataOf(snapshot), problems: snapshot.problems.map(formatProblem) };
}
