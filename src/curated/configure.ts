import path from 'node:path';
import type { Config } from '../config';
import { SharePointCuratedSource } from '../sharepoint/curated-source';
import type { GraphConnection } from '../sharepoint/graph-client';
import { CURATED_FILE, FileCuratedSource, SYNONYMS_FILE } from './file-source';
import type { CuratedSource } from './source';

/**
 * Where the curated answers and staff words live, following the plan: the lists "Kuraterte svar"
 * and "Synonymer" in the plan's site when the plan lives in SharePoint, else the files beside
 * the plan file, with the tab's proposals in DATA_DIR.
 */
export function configuredCuratedSource(config: Pick<Config, 'planSource' | 'planFile' | 'dataDir' | 'sharepointSiteId'>, graph: () => GraphConnection): CuratedSource {
  if (config.planSource === 'sharepoint' && config.sharepointSiteId) return new SharePointCuratedSource(graph(), { siteId: config.sharepointSiteId });
  const dir = path.dirname(config.planFile);
  return new FileCuratedSource({ curated: path.join(dir, CURATED_FILE), synonyms: path.join(dir, SYNONYMS_FILE), proposals: path.join(config.dataDir, CURATED_FILE) });
}
