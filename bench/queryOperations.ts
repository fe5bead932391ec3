/**
 * The five operations of the query bench and the subjects they ask about, shared by
 * bench/query.ts (latency under load beside the driver) and bench/queryCpu.ts (the API's own
 * CPU per request).
 */
import type { Neo4jHandle } from '../src/neo4j/connectNeo4j.js';
import { BENCH_SITE } from './queryGraph.js';

export interface BenchOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchSubjects {
  iso3: string;
  leader: string;
  article: string;
}

/** Representative subjects: the most mentioned country, a leader with a path to it, one article. */
export async function benchSubjects(handle: Neo4jHandle, articles: number): Promise<BenchSubjects> {
  const hub = await handle.driver.executeQuery(
    `MATCH (c:Country)<-[:MENTIONS]-(a:Article) WHERE a.id STARTS WITH $site
     WITH c, count(a) AS n ORDER BY n DESC LIMIT 1
     MATCH (l:Leader)-[:HOLDS_OFFICE]->(other:Country) WHERE other <> c AND EXISTS { (l)<-[:MENTIONS]-() }
     RETURN c.iso3 AS iso3, l.id AS leader LIMIT 1`,
    { site: BENCH_SITE },
    { database: handle.database },
  );
  return {
    iso3: String(hub.records[0]?.get('iso3')),
    leader: String(hub.records[0]?.get('leader')),
    article: `${BENCH_SITE}${Math.floor(articles / 2)}`,
  };
}

/** A country page, an article page, search, neighborhood depth 2 and paths. */
export function benchOperations({ iso3, leader, article }: BenchSubjects): BenchOperation[] {
  return [
    {
      name: 'country page',
      query: `query($code: String!) { country(code: $code) { name iso2
      leaders { role leader { name } }
      articles(first: 10) { totalCount edges { node { title publishedAt outlet { domain } } } }
      events(first: 10) { edges { node { cameo label date source { __typename } target { __typename } } } }
      sanctionsAgainst { regime program authority { __typename } }
      coMentioned(first: 10) { entity { name } articles } } }`,
      variables: { code: iso3 },
    },
    {
      name: 'article page',
      query: `query($id: ID!) { article(id: $id) { title text publishedAt outlet { domain }
      mentions { count snippet entity { __typename ... on Country { name } ... on Leader { name } ... on Organization { name } } }
      events { sentence event { cameo label source { __typename } target { __typename } } } } }`,
      variables: { id: article },
    },
    {
      name: 'search',
      query: `query($q: String!) { search(query: $q, first: 20) { score node { __typename ... on Article { title } ... on Country { name } } highlights { field text } } }`,
      variables: { q: 'sanctions summit' },
    },
    {
      name: 'neighborhood d2',
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id type label } edges { id type source target weight } } }`,
      variables: { id: `Leader:${leader}` },
    },
    {
      name: 'paths',
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { nodes { id label } edges { type } } }`,
      variables: { from: `Leader:${leader}`, to: `Country:${iso3}` },
    },
  ];
}
