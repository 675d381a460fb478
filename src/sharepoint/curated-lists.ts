/**
 * The municipality's lists "Kuraterte svar" (curated answers) and "Synonymer" (staff words):
 * their columns, how an item reads as a row, and their creation. Kept apart from the plan's
 * lists (columns.ts, provision.ts): `npm run provision:sharepoint` and the bot's start both call
 * `ensureCuratedLists`.
 */
import type { RawCuratedRow, RawStaffWordRow } from '../curated/types';
import type { CuratedProposal } from '../curated/source';
import type { ColumnDefinition, ListDefinition } from './columns';
import type { GraphConnection } from './graph-client';
import { ListClient, type ListItem } from './list-client';
import { itemRef } from './plan-rows';
import { ensureList } from './provision';
import { retryPolicy, type RetryPolicy } from './retry';

const multiline = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, text: { allowMultipleLines: true } });
const line = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, text: {} });

/** One item per curated answer; Title holds the main question. */
export const CURATED_LIST: ListDefinition = {
  displayName: 'Kuraterte svar',
  columns: [
    multiline('Variants', 'Andre måter å spørre på'),
    multiline('Answer', 'Svar'),
    line('Source', 'Kilde'),
    line('SourceUrl', 'Lenke til kilden'),
    line('Owner', 'Ansvarlig'),
    { name: 'ReviewBy', displayName: 'Gjennomgås innen', dateTime: { format: 'dateOnly', displayAs: 'standard' } },
  ],
};

/** One item per staff word; Title holds the word, PlanWords the plan's words for it. */
export const SYNONYMS_LIST: ListDefinition = {
  displayName: 'Synonymer',
  columns: [line('PlanWords', 'Ord i planen')],
};

/** The columns each list is read with. */
export const CURATED_FIELDS = ['Title', ...CURATED_LIST.columns.map((c) => c.name)];
export const SYNONYM_FIELDS = ['Title', ...SYNONYMS_LIST.columns.map((c) => c.name)];

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function itemToCuratedRow(item: ListItem, position: number, listUrl: string | undefined): RawCuratedRow {
  const f = item.fields;
  return {
    questions: [text(f.Title), ...text(f.Variants).split(/\r?\n/)],
    answer: text(f.Answer), source: text(f.Source), link: text(f.SourceUrl), owner: text(f.Owner), reviewBy: text(f.ReviewBy),
    ref: itemRef('curated', item, position, listUrl),
  };
}

export function itemToStaffWordRow(item: ListItem, position: number, listUrl: string | undefined): RawStaffWordRow {
  return { word: text(item.fields.Title), planWords: text(item.fields.PlanWords), ref: itemRef('synonyms', item, position, listUrl) };
}

/** A proposal as the list's fields; the review day is written at noon UTC, the same day in Oslo. */
export function proposalToFields(p: CuratedProposal): Record<string, unknown> {
  const [question, ...variants] = p.questions;
  return {
    Title: question ?? '', Variants: variants.join('\n'), Answer: p.answer, Source: p.source,
    SourceUrl: p.link || null, Owner: p.owner, ReviewBy: p.reviewBy ? `${p.reviewBy}T12:00:00Z` : null,
  };
}

/** What creating the lists did, in provisioning's own terms. */
export type CuratedListsReport = Array<{ displayName: string; id: string; created: boolean; columnsAdded: string[] }>;

/**
 * Creates "Kuraterte svar" and "Synonymer" if they are missing and adds the columns they lack.
 * Idempotent; never touches an item. Throws what Graph answered when it refuses (a 403 without
 * write permission on the site).
 */
export async function ensureCuratedLists(graph: GraphConnection, options: { siteId: string; retry?: Partial<RetryPolicy> }): Promise<CuratedListsReport> {
  const lists = new ListClient(graph, options.siteId, retryPolicy(options.retry));
  const out: CuratedListsReport = [];
  for (const def of [CURATED_LIST, SYNONYMS_LIST]) out.push(await ensureList(lists, def));
  return out;
}
