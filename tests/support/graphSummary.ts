import type { Driver } from 'neo4j-driver';

/** What the graph holds for one article, reduced to the same exact sets a fixture's `.expected.json` pins down. */
export interface ArticleGraph {
  lang: string;
  countries: string[];
  leaders: string[];
  organizations: string[];
  events: string[][];
  sanctions: string[][];
}

const sortRows = (rows: string[][]) =>
  rows
    .sort((a, b) => a.join('|').localeCompare(b.join('|')))
    .filter((row, i, all) => i === 0 || row.join('|') !== all[i - 1]?.join('|'));

const joinSorted = (ids: string[]) => [...ids].sort().join('+');

/** Reads one article's subgraph back from Neo4j. */
export async function readArticleGraph(
  driver: Driver,
  database: string,
  articleId: string,
): Promise<ArticleGraph> {
  const result = await driver.executeQuery(
    `MATCH (a:Article {id: $id})
     RETURN a.lang AS lang,
       [(a)-[:MENTIONS]->(c:Country) | c.iso3] AS countries,
       [(a)-[:MENTIONS]->(l:Leader) | l.id] AS leaders,
       [(a)-[:MENTIONS]->(o:Organization) | o.id] AS organizations,
       [(a)-[:REPORTS]->(e:Event) | [e.cameo,
          [(e)-[:ACTOR {role: 'source'}]->(x) | coalesce(x.iso3, x.id)],
          [(e)-[:ACTOR {role: 'target'}]->(x) | coalesce(x.iso3, x.id)]]] AS events,
       [(a)-[:MENTIONS]->(s:Sanction) | [s.authority, s.targetId, coalesce(s.regime, '')]] AS sanctions`,
    { id: articleId },
    { database },
  );
  const row = result.records[0];
  if (!row) throw new Error(`no article ${articleId} in the graph`);
  const events = row.get('events') as [string, string[], string[]][];
  const sanctions = row.get('sanctions') as [string, string, string][];
  return {
    lang: row.get('lang') as string,
    countries: (row.get('countries') as string[]).sort(),
    leaders: (row.get('leaders') as string[]).sort(),
    organizations: (row.get('organizations') as string[]).sort(),
    events: sortRows(
      events.map(([cameo, source, target]) => [cameo, joinSorted(source), joinSorted(target)]),
    ),
    sanctions: sortRows(
      sanctions.map(([authority, target, regime]) => [
        authority === 'unknown' ? '' : authority,
        target,
        regime,
      ]),
    ),
  };
}

/** Counts of the nodes and relationships around a set of articles, for "nothing changed" checks. */
export async function countAround(
  driver: Driver,
  database: string,
  articleIds: string[],
): Promise<Record<string, number>> {
  const result = await driver.executeQuery(
    `MATCH (a:Article) WHERE a.id IN $ids
     OPTIONAL MATCH (a)-[r]->(n)
     WITH count(DISTINCT a) AS articles, count(r) AS edges, collect(DISTINCT n) AS nodes
     UNWIND (CASE WHEN size(nodes) = 0 THEN [null] ELSE nodes END) AS n
     OPTIONAL MATCH (n)-[r2]-()
     RETURN articles, edges, count(DISTINCT n) AS neighbours, count(DISTINCT r2) AS neighbourEdges`,
    { ids: articleIds },
    { database },
  );
  const row = result.records[0];
  const value = (key: string) => Number(row?.get(key) ?? 0);
  return {
    articles: value('articles'),
    edges: value('edges'),
    neighbours: value('neighbours'),
    neighbourEdges: value('neighbourEdges'),
  };
}

/** Every node and relationship count of the whole graph, by label and type. */
export async function countGraph(driver: Driver, database: string): Promise<Record<string, number>> {
  const nodes = await driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS n',
    {},
    { database },
  );
  const out: Record<string, number> = {};
  for (const record of [...nodes.records, ...rels.records])
    out[record.get('label') as string] = Number(record.get('n'));
  return out;
}
