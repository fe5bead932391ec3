import { z } from 'zod';
import type { ArticleRows } from '../ingest/articleRows.js';
import type { StoreExecutor } from './storeExecutor.js';

export type ArticleStatus = 'new' | 'updated' | 'unchanged';

const existingRow = z.object({ id: z.string(), contentHash: z.string().nullable() });
const written = z.object({ written: z.number() });
const removed = z.object({ removed: z.number() });
const linked = z.object({ gdeltId: z.string() });

/**
 * Writes a batch of articles in one write transaction: unchanged ones (same id, same
 * content hash) are left alone; changed ones lose their old edges first, in the same
 * transaction, so a reader never sees half of an article. Every write is a MERGE on a
 * unique key, so a retried or repeated batch, or two processes writing at once, cannot
 * make twins. Ids must be unique within a batch.
 */
export function writeArticles(executor: StoreExecutor, batch: ArticleRows[]): Promise<ArticleStatus[]> {
  return executor.writeTransaction(async (tx) => {
    const ids = batch.map((rows) => rows.article.id);
    const existing = new Map(
      (await tx.run('ingest/existingArticles', { ids }, existingRow)).map((row) => [row.id, row.contentHash]),
    );
    const statuses = batch.map((rows): ArticleStatus => {
      if (!existing.has(rows.article.id)) return 'new';
      return existing.get(rows.article.id) === rows.article.contentHash ? 'unchanged' : 'updated';
    });
    const changed = batch.filter((_, i) => statuses[i] !== 'unchanged');
    if (changed.length === 0) return statuses;
    const updatedIds = batch.filter((_, i) => statuses[i] === 'updated').map((rows) => rows.article.id);
    if (updatedIds.length > 0) await tx.run('ingest/clearArticles', { ids: updatedIds }, removed);

    await tx.run('ingest/articles', { rows: changed.map((rows) => rows.article) }, written);
    const all = <K extends keyof Omit<ArticleRows, 'article'>>(key: K): ArticleRows[K][number][] =>
      changed.flatMap((rows) => rows[key] as ArticleRows[K][number][]);
    const countries = all('countries');
    if (countries.length) await tx.run('ingest/mentionCountries', { rows: countries }, written);
    const leaders = all('leaders');
    if (leaders.length) await tx.run('ingest/mentionLeaders', { rows: leaders }, written);
    const organizations = all('organizations');
    if (organizations.length) await tx.run('ingest/mentionOrganizations', { rows: organizations }, written);
    const places = all('places');
    if (places.length) await tx.run('ingest/mentionPlaces', { rows: places }, written);
    const events = all('events');
    if (events.length) await tx.run('ingest/events', { rows: events }, written);
    const sanctions = all('sanctions');
    if (sanctions.length) {
      await tx.run('ingest/sanctions', { rows: sanctions.map((s) => s.sanction) }, written);
      await tx.run('ingest/mentionSanctions', { rows: sanctions }, written);
    }
    return statuses;
  });
}

/** A GDELT event row as `cypher/ingest/gdeltEvents.cypher` writes it. */
export interface GdeltEventRow {
  gdeltId: string;
  cameo: string;
  label: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  avgTone: number;
  numMentions: number;
  date: string;
  dateAdded: string;
  sourceIso3: string | null;
  targetIso3: string | null;
  articleId: string | null;
  url: string | null;
  outletDomain: string | null;
}

/** A GDELT mention row as `cypher/ingest/gdeltMentions.cypher` writes it. */
export interface GdeltMentionRow {
  gdeltId: string;
  articleId: string;
  url: string;
  eventTime: string;
  mentionTime: string;
  sentenceId: number;
  confidence: number;
  outletDomain: string | null;
}

export async function writeGdeltEvents(executor: StoreExecutor, rows: GdeltEventRow[]): Promise<number> {
  const [result] = await executor.write('ingest/gdeltEvents', { rows }, written);
  return result?.written ?? 0;
}

/** Links each mention's article to its event (kept as a reference when its row is not imported); returns the linked event ids. */
export async function writeGdeltMentions(
  executor: StoreExecutor,
  rows: GdeltMentionRow[],
): Promise<string[]> {
  return (await executor.write('ingest/gdeltMentions', { rows }, linked)).map((row) => row.gdeltId);
}
