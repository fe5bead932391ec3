import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, gql, startApiServer } from './apiServer.js';

const PREFIX = 'apin';
// Twenty user-assigned ISO codes (XNA … XNT): never real countries.
const CODES = Array.from({ length: 20 }, (_, i) => `XN${String.fromCharCode(65 + i)}`);

/** 20 countries, each with a head of state and 5 articles mentioning both, from one outlet. */
const SEED = `
UNWIND range(0, size($codes) - 1) AS i
WITH i, $codes[i] AS code
CREATE (c:Country {iso3: code, iso2: null, name: 'Count ' + code, aliases: []})
CREATE (l:Leader {id: $prefix + '-leader-' + code, name: 'Leader of ' + code, aliases: []})-[:HOLDS_OFFICE {role: 'head of state', title: 'President', since: date('2020-01-01')}]->(c)
MERGE (o:Outlet {domain: $prefix + '.example'})
WITH c, l, o, code
UNWIND range(1, 5) AS n
CREATE (a:Article {id: 'https://' + $prefix + '.example/' + code + '/' + n, url: 'https://' + $prefix + '.example/' + code + '/' + n,
  title: code + ' story ' + n, body: 'text', lang: 'en', publishedAt: datetime('2024-01-01T00:00:00Z') + duration({days: n}),
  ingestedAt: datetime('2024-02-01T00:00:00Z'), authors: [], contentHash: code + n})
CREATE (a)-[:PUBLISHED_BY]->(o)
CREATE (a)-[:MENTIONS {count: 1, spans: [0, 3], snippet: code}]->(c)
CREATE (a)-[:MENTIONS {count: 1, spans: [4, 9], snippet: code}]->(l)
`;

const CLEAN = `
MATCH (n) WHERE n.iso3 IN $codes OR n.id STARTS WITH $prefix + '-' OR n.id STARTS WITH 'https://' + $prefix + '.example/' OR n.domain = $prefix + '.example'
DETACH DELETE n
`;

describe('nested operations cost a constant number of Cypher round trips (no N+1)', () => {
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer();
    const db = { database: api.executor.database };
    await api.store.driver.executeQuery(CLEAN, { codes: CODES, prefix: PREFIX }, db);
    await api.store.driver.executeQuery(SEED, { codes: CODES, prefix: PREFIX }, db);
  });
  afterAll(async () => {
    await api.store.driver.executeQuery(
      CLEAN,
      { codes: CODES, prefix: PREFIX },
      { database: api.executor.database },
    );
    await api.close();
  });

  it('20 countries × leaders × 5 articles each (with outlets, mentions and counts) is 8 queries, not 120+', async () => {
    const query = `query Nested($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Country {
          iso3
          leaders { leader { name articles(first: 5) { totalCount edges { node { title } } } } }
          articles(first: 5) { totalCount edges { node { title outlet { domain } mentions { count } } } }
        }
      }
    }`;
    const before = api.executor.roundTrips;
    const { status, body } = await gql(api.url, query, { ids: CODES.map((code) => `Country:${code}`) });
    const sent = api.executor.roundTrips - before;
    type Result = {
      data: {
        nodes: {
          iso3: string;
          leaders: { leader: { name: string; articles: { totalCount: number; edges: unknown[] } } }[];
          articles: {
            totalCount: number;
            edges: { node: { outlet: { domain: string }; mentions: unknown[] } }[];
          };
        }[];
      };
    };
    const nodes = (body as Result).data.nodes;
    expect(status).toBe(200);
    expect(
      nodes.map((country) => ({
        iso3: country.iso3,
        leaders: country.leaders.map((office) => [
          office.leader.name,
          office.leader.articles.totalCount,
          office.leader.articles.edges.length,
        ]),
        articles: [country.articles.totalCount, country.articles.edges.length],
        outlets: [...new Set(country.articles.edges.map((edge) => edge.node.outlet.domain))],
        mentions: country.articles.edges.map((edge) => edge.node.mentions.length),
      })),
    ).toEqual(
      CODES.map((code) => ({
        iso3: code,
        leaders: [[`Leader of ${code}`, 5, 5]],
        articles: [5, 5],
        outlets: [`${PREFIX}.example`],
        mentions: [2, 2, 2, 2, 2],
      })),
    );
    // One per level, whatever the number of parents: the 20 nodes; the offices of all 20; a
    // page of articles and its count for the 20 countries; the same for the 20 leaders (a
    // level deeper, so a later batch); the outlets and the mentions of all 100 articles.
    expect(sent).toBe(8);
  });

  it('a top-level list with nested fields is one query per level too', async () => {
    const before = api.executor.roundTrips;
    const { body } = await gql(
      api.url,
      `{ leaders(where: { country: "XNA" }) { edges { node { offices { country { iso3 } } country { iso3 } articles(first: 2) { edges { node { id } } } } } } }`,
    );
    const sent = api.executor.roundTrips - before;
    expect(body).toEqual({
      data: {
        leaders: {
          edges: [
            {
              node: {
                offices: [{ country: { iso3: 'XNA' } }],
                country: { iso3: 'XNA' },
                articles: {
                  edges: [
                    { node: { id: `Article:https://${PREFIX}.example/XNA/5` } },
                    { node: { id: `Article:https://${PREFIX}.example/XNA/4` } },
                  ],
                },
              },
            },
          ],
        },
      },
    });
    expect(sent).toBe(3);
  });
});
