import { z } from 'zod';
import type { ArticleModel, EventModel, MentionTargetModel, NodeRef } from './entitiesModels.js';
import {
  gidKeyedRow,
  gidTotalRow,
  groupBy,
  type Keyed,
  keyedRow,
  kindedRow,
  nodeOf,
  type PageQuery,
  pageParams,
  refParams,
  totalRow,
} from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

// Row schemas are built once: zod compiles a parser for each schema on its first use.
const bodyRow = z.object({ id: z.string(), body: z.string() });

export interface ArticleFilterParams {
  lang: string | null;
  outlet: string | null;
  publishedAfter: string | null;
  publishedBefore: string | null;
  /** Entities the article must all mention. */
  mentions: NodeRef[];
}

export interface MentionModel {
  entity: MentionTargetModel;
  count: number;
  snippet: string | null;
  spans: { start: number; end: number }[];
}

/** An article reporting an event; whichever side the query started from is filled in. */
export interface ReportModel {
  articleId: string;
  eventId: string;
  article: ArticleModel | null;
  event: EventModel | null;
  /** Null for a report imported from GDELT (no text of the sentence). */
  sentence: string | null;
  confidence: number | null;
}

function filterParams(filter: ArticleFilterParams) {
  return { ...filter, mentions: refParams(filter.mentions) };
}

/** One keyset page of articles matching a filter. */
export async function pageArticles(
  executor: StoreExecutor,
  filter: ArticleFilterParams,
  page: PageQuery,
): Promise<Keyed<ArticleModel>[]> {
  const rows = await executor.read(
    'articles/page',
    { ...filterParams(filter), ...pageParams(page) },
    keyedRow,
  );
  return rows.map((row) => ({ key: row.key, node: nodeOf(row) as ArticleModel }));
}

export async function countArticles(executor: StoreExecutor, filter: ArticleFilterParams): Promise<number> {
  const [row] = await executor.read('articles/count', filterParams(filter), totalRow);
  return row?.total ?? 0;
}

/** One page of the articles mentioning each node, by global id (one query for all parents). */
export async function articlesOfNodes(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
  page: PageQuery,
): Promise<Map<string, Keyed<ArticleModel>[]>> {
  const rows = await executor.read(
    'articles/ofNodes',
    { refs: refParams(refs), ...pageParams(page) },
    gidKeyedRow,
  );
  return groupBy(
    rows,
    (row) => row.gid,
    (row) => ({ key: row.key, node: nodeOf(row) as ArticleModel }),
  );
}

/** How many articles mention each node, by global id. */
export async function countArticlesOfNodes(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
): Promise<Map<string, number>> {
  const rows = await executor.read('articles/countOfNodes', { refs: refParams(refs) }, gidTotalRow);
  return new Map(rows.map((row) => [row.gid, row.total]));
}

export async function articleBodies(
  executor: StoreExecutor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await executor.read('articles/bodies', { ids }, bodyRow);
  return new Map(rows.map((row) => [row.id, row.body]));
}

const mentionRow = kindedRow.extend({
  articleId: z.string(),
  count: z.number().nullable(),
  snippet: z.string().nullable(),
  spans: z.array(z.number()),
});

/** What each article mentions, by article id. */
export async function articleMentions(
  executor: StoreExecutor,
  ids: readonly string[],
): Promise<Map<string, MentionModel[]>> {
  const rows = await executor.read('articles/mentions', { ids }, mentionRow);
  return groupBy(
    rows,
    (row) => row.articleId,
    (row) => ({
      entity: nodeOf(row) as MentionTargetModel,
      count: row.count ?? 1,
      snippet: row.snippet,
      spans: pairs(row.spans),
    }),
  );
}

const reportRow = kindedRow.extend({
  articleId: z.string(),
  sentence: z.string().nullable(),
  confidence: z.number().nullable(),
});

/** The events each article reports, by article id. */
export async function articleReports(
  executor: StoreExecutor,
  ids: readonly string[],
): Promise<Map<string, ReportModel[]>> {
  const rows = await executor.read('articles/reports', { ids }, reportRow);
  return groupBy(
    rows,
    (row) => row.articleId,
    (row) => ({
      articleId: row.articleId,
      eventId: (nodeOf(row) as EventModel).id,
      article: null,
      event: nodeOf(row) as EventModel,
      sentence: row.sentence,
      confidence: row.confidence,
    }),
  );
}

/** The contract stores spans flattened (start, end, start, end, …). */
function pairs(flat: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i] ?? 0, end: flat[i + 1] ?? 0 });
  return out;
}
