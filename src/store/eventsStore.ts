import { z } from 'zod';
import type { ReportModel } from './articlesStore.js';
import type { ArticleModel, EventModel, NodeModel, NodeRef } from './entitiesModels.js';
import {
  gidKeyedRow,
  gidTotalRow,
  groupBy,
  integer,
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
const actorRow = kindedRow.extend({ eventId: z.string(), role: z.string() });
const reportRow = kindedRow.extend({
  eventId: z.string(),
  sentence: z.string().nullable(),
  confidence: z.number().nullable(),
});

export interface EventFilterParams {
  cameo: string | null;
  cameoRoot: string | null;
  quadClass: number | null;
  actor: NodeRef | null;
  from: string | null;
  to: string | null;
}

export interface ActorEventFilterParams {
  role: 'SOURCE' | 'TARGET' | 'ANY';
  cameo: string | null;
  from: string | null;
  to: string | null;
}

export interface EventActorsModel {
  source: NodeModel[];
  target: NodeModel[];
}

function filterParams(filter: EventFilterParams) {
  return { ...filter, actor: filter.actor ? { kind: filter.actor.kind, key: filter.actor.key } : null };
}

export async function pageEvents(
  executor: StoreExecutor,
  filter: EventFilterParams,
  page: PageQuery,
): Promise<Keyed<EventModel>[]> {
  const rows = await executor.read('events/page', { ...filterParams(filter), ...pageParams(page) }, keyedRow);
  return rows.map((row) => ({ key: row.key, node: nodeOf(row) as EventModel }));
}

export async function countEvents(executor: StoreExecutor, filter: EventFilterParams): Promise<number> {
  const [row] = await executor.read('events/count', filterParams(filter), totalRow);
  return row?.total ?? 0;
}

/** One page of the events each actor takes part in, by global id. */
export async function eventsOfNodes(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
  filter: ActorEventFilterParams,
  page: PageQuery,
): Promise<Map<string, Keyed<EventModel>[]>> {
  const rows = await executor.read(
    'events/ofNodes',
    { refs: refParams(refs), ...filter, ...pageParams(page) },
    gidKeyedRow,
  );
  return groupBy(
    rows,
    (row) => row.gid,
    (row) => ({ key: row.key, node: nodeOf(row) as EventModel }),
  );
}

export async function countEventsOfNodes(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
  filter: ActorEventFilterParams,
): Promise<Map<string, number>> {
  const rows = await executor.read('events/countOfNodes', { refs: refParams(refs), ...filter }, gidTotalRow);
  return new Map(rows.map((row) => [row.gid, row.total]));
}

/** Source and target actors of each event, by event id. */
export async function eventActors(
  executor: StoreExecutor,
  ids: readonly string[],
): Promise<Map<string, EventActorsModel>> {
  const rows = await executor.read('events/actors', { ids }, actorRow);
  const out = new Map<string, EventActorsModel>();
  for (const row of rows) {
    const actors = out.get(row.eventId) ?? { source: [], target: [] };
    (row.role === 'source' ? actors.source : actors.target).push(nodeOf(row));
    out.set(row.eventId, actors);
  }
  return out;
}

/** The articles reporting each event, newest first, at most `limit` each, by event id. */
export async function eventReports(
  executor: StoreExecutor,
  ids: readonly string[],
  limit: number,
): Promise<Map<string, ReportModel[]>> {
  const rows = await executor.read('events/reports', { ids, limit: integer(limit) }, reportRow);
  return groupBy(
    rows,
    (row) => row.eventId,
    (row): ReportModel => {
      const article = nodeOf(row) as ArticleModel;
      return {
        articleId: article.id,
        eventId: row.eventId,
        article,
        event: null,
        sentence: row.sentence,
        confidence: row.confidence,
      };
    },
  );
}
