import { z } from 'zod';
import type { ArticleModel, SearchableModel } from './entitiesModels.js';
import { integer, kindedRow, nodeOf } from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

// Row schemas are built once: zod compiles a parser for each schema on its first use.
const articleHitRow = kindedRow.extend({ score: z.number(), title: z.string(), body: z.string() });
const entityHitRow = kindedRow.extend({
  score: z.number(),
  exact: z.boolean(),
  aliases: z.array(z.string()),
});

export interface ArticleHitRow {
  score: number;
  title: string;
  body: string;
  node: ArticleModel;
}

export interface EntityHitRow {
  score: number;
  /** The entity's name or one of its aliases is the whole query. */
  exact: boolean;
  aliases: string[];
  node: SearchableModel;
}

/** Articles matching a Lucene query on the `article_text` index, best first. */
export async function searchArticles(
  executor: StoreExecutor,
  query: string,
  lang: string | null,
  limit: number,
): Promise<ArticleHitRow[]> {
  const rows = await executor.read('search/articles', { query, lang, limit: integer(limit) }, articleHitRow);
  return rows.map((row) => ({
    score: row.score,
    title: row.title,
    body: row.body,
    node: nodeOf(row) as ArticleModel,
  }));
}

/**
 * Entities whose name or an alias matches a Lucene query on `entity_names`: those named exactly
 * `exact` (lower-case) first, then best first.
 */
export async function searchEntities(
  executor: StoreExecutor,
  query: string,
  exact: string,
  kinds: readonly string[],
  limit: number,
): Promise<EntityHitRow[]> {
  const rows = await executor.read(
    'search/entities',
    { query, exact, kinds, limit: integer(limit) },
    entityHitRow,
  );
  return rows.map((row) => ({
    score: row.score,
    exact: row.exact,
    aliases: row.aliases,
    node: nodeOf(row) as SearchableModel,
  }));
}
