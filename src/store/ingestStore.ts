import { Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import type { ArticleRows, EventRow, MentionRow } from '../ingest/articleRows.js';
import type { SanctionRow } from '../ingest/referenceRows.js';
import type { StoreExecutor } from './storeExecutor.js';

export type ArticleStatus = 'new' | 'updated' | 'unchanged';

const existingRow = z.object({ id: z.string(), contentHash: z.string().nullable() });
const written = z.object({ written: z.number() });
const removed = z.object({ removed: z.number() });
const linked = z.object({ gdeltId: z.string() });

/** How often a batch is written again after another process created one of its articles first. */
const TWIN_ATTEMPTS = 5;

type Actor = { id: string; role: 'source' | 'target' };

/** An event as `cypher/ingest/createArticles.cypher` takes it: its actors split by label. */
type EventParam = Omit<EventRow, 'actors' | 'articleId'> & {
  countryActors: Actor[];
  leaderActors: Actor[];
  organizationActors: Actor[];
};

/**
 * Writes a batch of articles in one write transaction: unchanged ones (same id, same
 * content hash) are left alone; changed ones lose their old edges first, in the same
 * transaction, so a reader never sees half of an article. Shared nodes are MERGEd on their
 * unique keys; an article's own edges are created, since it has none when they are
 * written. Two processes cannot make twins: a changed article is locked before it is read,
 * and a new one is CREATEd under its unique constraint, so a twin committed meanwhile fails
 * the transaction, and the batch is written again from the start, where that article is
 * then found. Ids must be unique within a batch.
 */
export async function writeArticles(executor: StoreExecutor, batch: ArticleRows[]): Promise<ArticleStatus[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await executor.writeTransaction((tx) => writeBatch(tx, batch));
    } catch (error) {
      if (attempt >= TWIN_ATTEMPTS || !isConstraintViolation(error)) throw error;
    }
  }
}

type WriteTx = Parameters<Parameters<StoreExecutor['writeTransaction']>[0]>[0];

async function writeBatch(tx: WriteTx, batch: ArticleRows[]): Promise<ArticleStatus[]> {
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

  await tx.run(
    'ingest/createArticles',
    {
      rows: changed.map((rows) => ({
        ...rows.article,
        existing: existing.has(rows.article.id),
        countries: rows.countries.map(mentionParam),
        leaders: rows.leaders.map(mentionParam),
        organizations: rows.organizations.map(mentionParam),
        places: rows.places.map(mentionParam),
        events: rows.events.map(eventParam),
      })),
    },
    written,
  );
  const sanctions = changed.flatMap((rows) => rows.sanctions);
  if (sanctions.length) {
    await tx.run('ingest/sanctions', { rows: distinctSanctions(sanctions.map((s) => s.sanction)) }, written);
    await tx.run('ingest/createSanctionMentions', { rows: sanctions }, written);
  }
  return statuses;
}

/**
 * A mention as the query takes it: the article is the row's own, so its id, which every
 * mention row carries, is left out rather than sent (and decoded by Neo4j) once per edge.
 */
function mentionParam<Row extends MentionRow>({
  articleId: _articleId,
  ...mention
}: Row): Omit<Row, 'articleId'> {
  return mention;
}

/** Splits an event's actors by label, so the query looks each up by its own key; one edge per actor and role. */
function eventParam({ actors, articleId: _articleId, ...event }: EventRow): EventParam {
  const seen = new Set<string>();
  const byLabel = { Country: [] as Actor[], Leader: [] as Actor[], Organization: [] as Actor[] };
  for (const actor of actors) {
    const key = `${actor.label}:${actor.role}:${actor.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byLabel[actor.label].push({ id: actor.id, role: actor.role });
  }
  return {
    ...event,
    countryActors: byLabel.Country,
    leaderActors: byLabel.Leader,
    organizationActors: byLabel.Organization,
  };
}

/**
 * One row per sanction. The query fills a sanction's missing program, reason and start from
 * each row in turn, so one row holding, field by field, the first value the batch gives
 * writes the same node, and each authority and target is looked up once.
 */
function distinctSanctions(rows: SanctionRow[]): SanctionRow[] {
  const byId = new Map<string, SanctionRow>();
  for (const row of rows) {
    const first = byId.get(row.id);
    if (!first) {
      byId.set(row.id, { ...row });
      continue;
    }
    first.program ??= row.program;
    first.reason ??= row.reason;
    first.since ??= row.since;
    first.sincePrecision ??= row.sincePrecision;
  }
  return [...byId.values()];
}

function isConstraintViolation(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Neo4jError && cause.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
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
