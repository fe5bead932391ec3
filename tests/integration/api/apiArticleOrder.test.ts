import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, gql, startApiServer } from './apiServer.js';

// Articles from before and after 1970 (negative and positive epoch millis) under an outlet of
// their own, so the walk sees only them.
const OUTLET = 'order-test.newsgraph.example';
const DATES = [
  '1960-01-01T00:00:00Z',
  '1965-03-01T12:00:00Z',
  '1969-12-31T23:00:00Z',
  '1975-06-01T08:00:00Z',
  '2024-01-01T00:00:00Z',
];
const ids = DATES.map((date) => `https://${OUTLET}/${date.slice(0, 10)}`);

interface Page {
  articles: {
    edges: { cursor: string; node: { publishedAt: string } }[];
    pageInfo: { hasNextPage: boolean };
  };
}

describe('article order across 1970', () => {
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer();
    await api.store.driver.executeQuery(
      `MERGE (o:Outlet {domain: $outlet}) SET o.name = 'Order Test'
       WITH o UNWIND $articles AS row
       CREATE (a:Article {id: row.id, url: row.id, title: 'Order ' + row.date, body: 'A test article.', lang: 'en',
         publishedAt: datetime(row.date), contentHash: row.id, ingestedAt: datetime(), authors: []})-[:PUBLISHED_BY]->(o)`,
      { outlet: OUTLET, articles: ids.map((id, i) => ({ id, date: DATES[i] })) },
      { database: api.executor.database },
    );
  });
  afterAll(async () => {
    await api.store.driver.executeQuery(
      'MATCH (o:Outlet {domain: $outlet}) OPTIONAL MATCH (a:Article)-[:PUBLISHED_BY]->(o) DETACH DELETE a, o',
      { outlet: OUTLET },
      { database: api.executor.database },
    );
    await api.close();
  });

  /** Walks the outlet's articles one page of one at a time, following cursors. */
  async function walk(orderBy: string): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { body } = await gql(
        api.url,
        `query($after: String) { articles(where: {outlet: "${OUTLET}"}, orderBy: ${orderBy}, first: 1, after: $after) {
          edges { cursor node { publishedAt } } pageInfo { hasNextPage } } }`,
        { after },
      );
      const { articles } = (body as { data: Page }).data;
      seen.push(...articles.edges.map((edge) => edge.node.publishedAt));
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.edges.at(-1)?.cursor ?? null;
    }
    return seen;
  }

  it('walks newest first and oldest first with dates on both sides of the epoch', async () => {
    const oldestFirst = DATES.map((date) => new Date(date).toISOString());
    expect({ asc: await walk('PUBLISHED_ASC'), desc: await walk('PUBLISHED_DESC') }).toEqual({
      asc: oldestFirst,
      desc: [...oldestFirst].reverse(),
    });
  });
});
