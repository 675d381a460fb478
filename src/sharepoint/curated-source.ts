import { validateCurated, validateStaffWords } from '../curated/rules';
import type { CuratedProposal, CuratedSource, SaveResult } from '../curated/source';
import type { CuratedSnapshot, CuratedState } from '../curated/types';
import type { PlanProblem } from '../plan/problems';
import { CURATED_FIELDS, CURATED_LIST, ensureCuratedLists, itemToCuratedRow, itemToStaffWordRow, proposalToFields, SYNONYM_FIELDS, SYNONYMS_LIST } from './curated-lists';
import type { GraphConnection } from './graph-client';
import { DeltaList } from './list-delta';
import { ListClient } from './list-client';
import { ProvisionError } from './provision';
import { retryPolicy, type Attempt, type RetryPolicy } from './retry';

/** Thrown when the lists cannot be read; the live data keeps what it has. */
export class CuratedListsUnavailableError extends Error {
  override readonly name = 'CuratedListsUnavailableError';
}

export const CURATED_OFF_TEXT =
  'kuraterte svar og synonymer er slått av: listene «Kuraterte svar» og «Synonymer» finnes ikke, og appen har ikke lov til å lage dem. ' +
  'Kjør npm run provision:sharepoint, eller gi appen skrivetilgang til området (docs/sharepoint.md)';

type Open = { curated: DeltaList; synonyms: DeltaList; curatedId: string; urls: { curated?: string; synonyms?: string } };

/**
 * The lists "Kuraterte svar" and "Synonymer" in the plan's SharePoint site, read like the plan's
 * lists: Graph delta at every poll, a snapshot only when something moved. At the first read the
 * lists are created when they are missing and the site permission allows it; when it does not,
 * the feature is off (the state says why, and the one problem tells the coordinators), and each
 * later read looks again for lists made by `npm run provision:sharepoint`.
 */
export class SharePointCuratedSource implements CuratedSource {
  readonly kind = 'sharepoint';
  private readonly retry: RetryPolicy;
  private readonly client: ListClient;
  private lists: Open | undefined;
  private off: string | undefined;
  private triedCreating = false;
  private readOnce = false;

  constructor(private readonly graph: GraphConnection, private readonly options: { siteId: string; retry?: Partial<RetryPolicy> }) {
    this.retry = retryPolicy(options.retry);
    this.client = new ListClient(graph, options.siteId, this.retry);
  }

  get describe(): string {
    return `SharePoint ${this.options.siteId}`;
  }

  state(): CuratedState {
    return this.off ? { kind: 'off', reason: this.off } : { kind: 'on' };
  }

  async read(): Promise<CuratedSnapshot | undefined> {
    const wasOff = this.off !== undefined;
    this.lists ??= await this.open();
    if (!this.lists) {
      // Off: one problem, reported once (the coordinators' card tells each of them once).
      return wasOff ? undefined : { answers: [], staffWords: [], problems: [this.offProblem()] };
    }
    const synced = await Promise.all([this.lists.curated.sync(), this.lists.synonyms.sync()]);
    const changed = synced.map((r) => must(r, 'reading the curated lists').changed);
    const first = !this.readOnce;
    this.readOnce = true;
    if (!first && !wasOff && !changed.some(Boolean)) return undefined;
    const { curated, synonyms, urls } = this.lists;
    const answers = validateCurated(curated.current().map((item, i) => itemToCuratedRow(item, i + 1, urls.curated)));
    const staff = validateStaffWords(synonyms.current().map((item, i) => itemToStaffWordRow(item, i + 1, urls.synonyms)));
    return { answers: answers.answers, staffWords: staff.staffWords, problems: [...answers.problems, ...staff.problems] };
  }

  /** Adds the proposal as an item of "Kuraterte svar"; it is read back at the next poll. */
  async save(p: CuratedProposal): Promise<SaveResult> {
    const lists = this.lists ?? (await this.open());
    if (!lists) return { kind: 'unavailable', reason: 'Listen «Kuraterte svar» finnes ikke i SharePoint ennå. Kjør npm run provision:sharepoint.' };
    this.lists = lists;
    const r = await this.client.createItem(lists.curatedId, proposalToFields(p));
    if (!r.ok) return { kind: 'unavailable', reason: 'SharePoint tok ikke imot svaret akkurat nå. Prøv igjen om litt.' };
    return { kind: 'saved', where: 'sharepoint', id: r.value.id, ...(lists.urls.curated ? { url: `${lists.urls.curated}/DispForm.aspx?ID=${encodeURIComponent(r.value.id)}` } : {}) };
  }

  /** The lists, created first when missing and allowed; undefined (and off) when they cannot be. */
  private async open(): Promise<Open | undefined> {
    const find = async (name: string) => must(await this.client.findList(name), `finding list ${name}`);
    let curatedId = await find(CURATED_LIST.displayName);
    let synonymsId = await find(SYNONYMS_LIST.displayName);
    if ((!curatedId || !synonymsId) && !this.triedCreating) {
      this.triedCreating = true;
      try {
        const made = await ensureCuratedLists(this.graph, { siteId: this.options.siteId, retry: this.retry });
        [curatedId, synonymsId] = made.map((l) => l.id);
      } catch (err) {
        const status = err instanceof ProvisionError ? err.status : (err as { statusCode?: number }).statusCode;
        if (status !== 401 && status !== 403) throw new CuratedListsUnavailableError(`creating the curated lists: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (!curatedId || !synonymsId) {
      this.off = CURATED_OFF_TEXT;
      return undefined;
    }
    this.off = undefined;
    const url = async (id: string) => ((await this.graph.client.api(this.client.listPath(id)).select('id,webUrl').get()) as { webUrl?: string }).webUrl;
    const [curatedUrl, synonymsUrl] = await Promise.all([url(curatedId), url(synonymsId)]);
    return {
      curated: new DeltaList(this.graph, this.retry, this.client.listPath(curatedId), CURATED_FIELDS),
      synonyms: new DeltaList(this.graph, this.retry, this.client.listPath(synonymsId), SYNONYM_FIELDS),
      curatedId,
      urls: { ...(curatedUrl ? { curated: curatedUrl } : {}), ...(synonymsUrl ? { synonyms: synonymsUrl } : {}) },
    };
  }

  private offProblem(): PlanProblem {
    return { kind: 'invalid', ref: { list: 'curated', position: 1 }, message: CURATED_OFF_TEXT };
  }
}

function must<T>(r: Attempt<T>, what: string): T {
  if (r.ok) return r.value;
  throw new CuratedListsUnavailableError(`${what}: ${r.failure.message}`);
}
