import DataLoader from 'dataloader';
import {
  type ArticleFilterParams,
  articleBodies,
  articleMentions,
  articleReports,
  articlesOfNodes,
  countArticles,
  countArticlesOfNodes,
  type MentionModel,
  type ReportModel,
} from '../../store/articlesStore.js';
import type {
  ArticleModel,
  EventModel,
  NodeModel,
  NodeRef,
  SanctionModel,
} from '../../store/entitiesModels.js';
import type { Keyed, PageQuery } from '../../store/entitiesPaging.js';
import {
  type CoMentionModel,
  coMentioned,
  type HeadshipModel,
  headshipsOfLeaders,
  headsOfOrganizations,
  loadNodes,
  type OfficeModel,
  officesOfCountries,
  officesOfLeaders,
} from '../../store/entitiesStore.js';
import {
  type ActorEventFilterParams,
  countEventsOfNodes,
  type EventActorsModel,
  eventActors,
  eventReports,
  eventsOfNodes,
} from '../../store/eventsStore.js';
import { sanctionsOfNodes } from '../../store/sanctionsStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import { parseGlobalId } from '../globalId.js';

/**
 * The DataLoaders of one request. Every nested field reads through one of them, so a field
 * asked for on N parents costs one Cypher query, not N. Loaders whose query takes arguments
 * (a page, a filter, a day) come in families: one loader per distinct argument set.
 */
export interface Loaders {
  node: DataLoader<string, NodeModel | null>;
  body: DataLoader<string, string>;
  mentions: DataLoader<string, MentionModel[]>;
  articleReports: DataLoader<string, ReportModel[]>;
  eventActors: DataLoader<string, EventActorsModel>;
  eventReports: (limit: number) => DataLoader<string, ReportModel[]>;
  countryOffices: (at: string) => DataLoader<string, Omit<OfficeModel, 'country'>[]>;
  leaderOffices: DataLoader<string, Omit<OfficeModel, 'leader'>[]>;
  leaderHeadships: DataLoader<string, Omit<HeadshipModel, 'leader'>[]>;
  organizationHeads: (at: string) => DataLoader<string, Omit<HeadshipModel, 'organization'>[]>;
  coMentioned: (limit: number) => DataLoader<string, CoMentionModel[]>;
  articlesOf: (page: PageQuery) => DataLoader<string, Keyed<ArticleModel>[]>;
  articleCountOf: DataLoader<string, number>;
  eventsOf: (filter: ActorEventFilterParams, page: PageQuery) => DataLoader<string, Keyed<EventModel>[]>;
  eventCountOf: (filter: ActorEventFilterParams) => DataLoader<string, number>;
  sanctionsAgainst: DataLoader<string, SanctionModel[]>;
  sanctionsImposed: DataLoader<string, SanctionModel[]>;
  /** Counts of top-level lists, memoised so asking twice in one request costs one query. */
  articleCount: (filter: ArticleFilterParams) => Promise<number>;
}

function refs(gids: readonly string[]): NodeRef[] {
  return gids.map((gid) => parseGlobalId(gid, 'id'));
}

function family<A, V>(make: (args: A) => DataLoader<string, V>): (args: A) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

function byKey<V>(keys: readonly string[], found: Map<string, V>, fallback: () => V): V[] {
  return keys.map((key) => found.get(key) ?? fallback());
}

/** Fresh loaders for one request: nothing is cached across requests, so no client sees stale data. */
export function createLoaders(executor: StoreExecutor): Loaders {
  const node = new DataLoader<string, NodeModel | null>(async (gids) => {
    const found = await loadNodes(executor, refs(gids));
    return gids.map((gid) => found.get(gid) ?? null);
  });
  const articleCounts = new Map<string, Promise<number>>();
  const eventsFamily = family(
    ({ filter, page }: { filter: ActorEventFilterParams; page: PageQuery }) =>
      new DataLoader<string, Keyed<EventModel>[]>(async (gids) =>
        byKey(gids, await eventsOfNodes(executor, refs(gids), filter, page), () => []),
      ),
  );
  return {
    node,
    body: new DataLoader(async (ids) => byKey(ids, await articleBodies(executor, ids), () => '')),
    mentions: new DataLoader(async (ids) => byKey(ids, await articleMentions(executor, ids), () => [])),
    articleReports: new DataLoader(async (ids) => byKey(ids, await articleReports(executor, ids), () => [])),
    eventActors: new DataLoader(async (ids) =>
      byKey(ids, await eventActors(executor, ids), () => ({ source: [], target: [] })),
    ),
    eventReports: family(
      (limit: number) =>
        new DataLoader(async (ids) => byKey(ids, await eventReports(executor, ids, limit), () => [])),
    ),
    countryOffices: family(
      (at: string) =>
        new DataLoader(async (iso3s) =>
          byKey(iso3s, await officesOfCountries(executor, iso3s, at), () => []),
        ),
    ),
    leaderOffices: new DataLoader(async (ids) => byKey(ids, await officesOfLeaders(executor, ids), () => [])),
    leaderHeadships: new DataLoader(async (ids) =>
      byKey(ids, await headshipsOfLeaders(executor, ids), () => []),
    ),
    // Keyed by the day asked for, '' for every term.
    organizationHeads: family(
      (at: string) =>
        new DataLoader(async (ids) =>
          byKey(ids, await headsOfOrganizations(executor, ids, at === '' ? null : at), () => []),
        ),
    ),
    coMentioned: family(
      (limit: number) =>
        new DataLoader(async (gids) => byKey(gids, await coMentioned(executor, refs(gids), limit), () => [])),
    ),
    articlesOf: family(
      (page: PageQuery) =>
        new DataLoader(async (gids) =>
          byKey(gids, await articlesOfNodes(executor, refs(gids), page), () => []),
        ),
    ),
    articleCountOf: new DataLoader(async (gids) =>
      byKey(gids, await countArticlesOfNodes(executor, refs(gids)), () => 0),
    ),
    eventsOf: (filter: ActorEventFilterParams, page: PageQuery) => eventsFamily({ filter, page }),
    eventCountOf: family(
      (filter: ActorEventFilterParams) =>
        new DataLoader(async (gids) =>
          byKey(gids, await countEventsOfNodes(executor, refs(gids), filter), () => 0),
        ),
    ),
    sanctionsAgainst: new DataLoader(async (gids) =>
      byKey(gids, await sanctionsOfNodes(executor, refs(gids), 'against'), () => []),
    ),
    sanctionsImposed: new DataLoader(async (gids) =>
      byKey(gids, await sanctionsOfNodes(executor, refs(gids), 'imposed'), () => []),
    ),
    articleCount: (filter: ArticleFilterParams) => {
      const key = JSON.stringify(filter);
      let count = articleCounts.get(key);
      if (!count) {
        count = countArticles(executor, filter);
        articleCounts.set(key, count);
      }
      return count;
    },
  };
}
