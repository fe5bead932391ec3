import type { Driver } from 'neo4j-driver';

/**
 * A small known graph written straight with Cypher, the way ingestion writes it (see the
 * graph contract), under a prefix so that each test file owns its nodes. Countries use ISO
 * user-assigned codes (XAA–XZZ) so they never meet the reference data's real countries.
 */
export interface SeedIds {
  prefix: string;
  countries: [string, string, string];
  leaderA: string;
  leaderB: string;
  leaderOld: string;
  org: string;
  outlet: string;
  articles: string[];
  events: [string, string];
  sanction: string;
}

export function seedIds(prefix: string, countryCodes: [string, string, string]): SeedIds {
  return {
    prefix,
    countries: countryCodes,
    leaderA: `${prefix}-anna-arcadia`,
    leaderB: `${prefix}-boris-bord`,
    leaderOld: `${prefix}-olaf-old`,
    org: `${prefix}-union`,
    outlet: `${prefix}-news.example`,
    articles: [1, 2, 3, 4, 5].map((n) => `https://${prefix}-news.example/a${n}`),
    events: [`ev:042:${prefix}:a`, `ev:163:${prefix}:b`],
    sanction: `sanction:${prefix}-union:${countryCodes[1]}:${prefix.toUpperCase()}-REG`,
  };
}

const SEED = `
UNWIND $countries AS c
CREATE (:Country {iso3: c.iso3, iso2: null, name: c.name, aliases: c.aliases, aliasText: reduce(s = '', a IN c.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)})
WITH count(*) AS _
UNWIND $leaders AS l
CREATE (:Leader {id: l.id, wikidata: null, name: l.name, aliases: l.aliases, aliasText: reduce(s = '', a IN l.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)})
WITH count(*) AS _
UNWIND $offices AS o
MATCH (l:Leader {id: o.leader}), (c:Country {iso3: o.country})
CREATE (l)-[:HOLDS_OFFICE {role: o.role, title: o.title, since: date(o.since), until: CASE WHEN o.until IS NULL THEN null ELSE date(o.until) END}]->(c)
WITH count(*) AS _
CREATE (org:Organization {id: $org, name: $orgName, kind: 'intergovernmental', aliases: ['UTN'], aliasText: 'UTN'})
CREATE (:Outlet {domain: $outlet, name: 'Test News'})
WITH count(*) AS _
UNWIND $articles AS a
MATCH (o:Outlet {domain: $outlet})
CREATE (art:Article {id: a.id, url: a.id, title: a.title, body: a.body, lang: a.lang, publishedAt: datetime(a.publishedAt),
  contentHash: a.id, ingestedAt: datetime('2024-07-01T00:00:00Z'), authors: ['Test Writer']})-[:PUBLISHED_BY]->(o)
WITH count(*) AS _
UNWIND $mentions AS m
MATCH (a:Article {id: m.article})
CALL (m) {
  MATCH (n:Country {iso3: m.key}) WHERE m.kind = 'Country' RETURN n
  UNION ALL MATCH (n:Leader {id: m.key}) WHERE m.kind = 'Leader' RETURN n
  UNION ALL MATCH (n:Organization {id: m.key}) WHERE m.kind = 'Organization' RETURN n
  UNION ALL MATCH (n:Sanction {id: m.key}) WHERE m.kind = 'Sanction' RETURN n
}
CREATE (a)-[:MENTIONS {count: m.count, spans: m.spans, snippet: m.snippet}]->(n)
`;

const EVENTS = `
UNWIND $events AS e
CREATE (ev:Event {id: e.id, cameo: e.cameo, label: e.label, rootCode: e.rootCode, quadClass: e.quadClass, goldstein: e.goldstein,
  date: date(e.date), datePrecision: 'day', gdeltId: null, avgTone: null, numMentions: null})
WITH ev, e
MATCH (a:Article {id: e.article})
CREATE (a)-[:REPORTS {sentence: e.sentence, sentenceIndex: 0, start: 0, end: size(e.sentence), confidence: 0.9}]->(ev)
WITH ev, e
MATCH (c:Country {iso3: e.location})
CREATE (ev)-[:IN]->(c)
WITH ev, e
UNWIND e.actors AS actor
CALL (actor) {
  MATCH (n:Country {iso3: actor.key}) WHERE actor.kind = 'Country' RETURN n
  UNION ALL MATCH (n:Leader {id: actor.key}) WHERE actor.kind = 'Leader' RETURN n
  UNION ALL MATCH (n:Organization {id: actor.key}) WHERE actor.kind = 'Organization' RETURN n
}
CREATE (ev)-[:ACTOR {role: actor.role}]->(n)
`;

const SANCTION_NODE = `
CREATE (:Sanction {id: $id, authority: $org, regime: $regime, program: 'Test regime', since: date('2022-03-01'),
  sincePrecision: 'day', reason: 'testing the API', status: 'active', targetId: $target})
`;

const SANCTION_EDGES = `
MATCH (s:Sanction {id: $id}), (org:Organization {id: $org}), (c:Country {iso3: $target})
CREATE (s)-[:IMPOSED_BY]->(org)
CREATE (s)-[:TARGETS]->(c)
`;

/** Writes the seed graph; returns its ids. */
export async function seedGraph(driver: Driver, database: string, ids: SeedIds): Promise<void> {
  const [xa, xb, xc] = ids.countries;
  const a = ids.articles;
  const run = (text: string, params: Record<string, unknown>) =>
    driver.executeQuery(text, params, { database });
  const sanction = { id: ids.sanction, org: ids.org, regime: `${ids.prefix.toUpperCase()}-REG`, target: xb };
  await run(SANCTION_NODE, sanction);
  await run(SEED, {
    countries: [
      { iso3: xa, name: `Arcadia ${ids.prefix}`, aliases: ['Arkadía', 'Arcadian'] },
      { iso3: xb, name: `Borduria ${ids.prefix}`, aliases: ['Bordúría'] },
      { iso3: xc, name: `Carpania ${ids.prefix}`, aliases: [] },
    ],
    leaders: [
      { id: ids.leaderA, name: 'Anna Arcadia', aliases: ['A. Arcadia'] },
      { id: ids.leaderB, name: 'Boris Bord', aliases: [] },
      { id: ids.leaderOld, name: 'Olaf Old', aliases: [] },
    ],
    offices: [
      {
        leader: ids.leaderA,
        country: xa,
        role: 'head of state',
        title: 'President',
        since: '2020-01-01',
        until: null,
      },
      {
        leader: ids.leaderOld,
        country: xa,
        role: 'head of state',
        title: 'President',
        since: '2010-01-01',
        until: '2019-12-31',
      },
      {
        leader: ids.leaderB,
        country: xb,
        role: 'head of government',
        title: 'Prime Minister',
        since: '2019-05-01',
        until: null,
      },
    ],
    org: ids.org,
    orgName: `Union of Test Nations ${ids.prefix}`,
    outlet: ids.outlet,
    articles: [
      {
        id: a[0],
        title: 'Arcadia president visits Borduria',
        body: 'Anna Arcadia visited Borduria on Saturday.',
        lang: 'en',
        publishedAt: '2024-06-01T10:00:00Z',
      },
      {
        id: a[1],
        title: 'Union sanctions Borduria',
        body: 'The Union of Test Nations imposed sanctions on Borduria and Arcadia agreed.',
        lang: 'en',
        publishedAt: '2024-06-02T10:00:00Z',
      },
      {
        id: a[2],
        title: 'Borduria prime minister speaks',
        body: 'Boris Bord spoke about Borduria.',
        lang: 'en',
        publishedAt: '2024-06-03T10:00:00Z',
      },
      {
        id: a[3],
        title: 'Arcadia harvest',
        body: 'Arcadia had a good harvest.',
        lang: 'en',
        publishedAt: '2024-06-04T10:00:00Z',
      },
      {
        id: a[4],
        title: 'Arkadía og refsiaðgerðir',
        body: 'Arkadía styður refsiaðgerðir gegn Bordúríu.',
        lang: 'is',
        publishedAt: '2024-07-05T10:00:00Z',
      },
    ],
    mentions: [
      {
        article: a[0],
        kind: 'Country',
        key: xa,
        count: 2,
        spans: [0, 7, 37, 44],
        snippet: 'Arcadia president visits Borduria',
      },
      {
        article: a[0],
        kind: 'Leader',
        key: ids.leaderA,
        count: 1,
        spans: [35, 47],
        snippet: 'Anna Arcadia visited Borduria on Saturday.',
      },
      {
        article: a[0],
        kind: 'Country',
        key: xb,
        count: 1,
        spans: [25, 33],
        snippet: 'Arcadia president visits Borduria',
      },
      { article: a[1], kind: 'Country', key: xa, count: 1, spans: [0, 1], snippet: 'Arcadia agreed.' },
      { article: a[1], kind: 'Country', key: xb, count: 1, spans: [0, 1], snippet: 'sanctions Borduria' },
      {
        article: a[1],
        kind: 'Organization',
        key: ids.org,
        count: 1,
        spans: [0, 1],
        snippet: 'The Union of Test Nations imposed sanctions',
      },
      {
        article: a[2],
        kind: 'Country',
        key: xb,
        count: 1,
        spans: [0, 1],
        snippet: 'Borduria prime minister speaks',
      },
      {
        article: a[2],
        kind: 'Leader',
        key: ids.leaderB,
        count: 1,
        spans: [0, 1],
        snippet: 'Boris Bord spoke',
      },
      { article: a[3], kind: 'Country', key: xa, count: 1, spans: [0, 7], snippet: 'Arcadia harvest' },
      { article: a[4], kind: 'Country', key: xa, count: 1, spans: [0, 1], snippet: 'Arkadía styður' },
      {
        article: a[4],
        kind: 'Sanction',
        key: ids.sanction,
        count: 1,
        spans: [0, 1],
        snippet: 'refsiaðgerðir gegn Bordúríu',
      },
    ],
  });
  await run(SANCTION_EDGES, sanction);
  await run(EVENTS, {
    events: [
      {
        id: ids.events[0],
        cameo: '042',
        label: 'Make a visit',
        rootCode: '04',
        quadClass: 1,
        goldstein: 1.9,
        date: '2024-06-01',
        article: a[0],
        sentence: 'Anna Arcadia visited Borduria on Saturday.',
        location: xb,
        actors: [
          { role: 'source', kind: 'Leader', key: ids.leaderA },
          { role: 'target', kind: 'Country', key: xb },
        ],
      },
      {
        id: ids.events[1],
        cameo: '163',
        label: 'Impose embargo, boycott, or sanctions',
        rootCode: '16',
        quadClass: 4,
        goldstein: -8,
        date: '2024-06-02',
        article: a[1],
        sentence: 'The Union of Test Nations imposed sanctions on Borduria and Arcadia agreed.',
        location: xb,
        actors: [
          { role: 'source', kind: 'Organization', key: ids.org },
          { role: 'target', kind: 'Country', key: xb },
        ],
      },
    ],
  });
}

/** Removes every node the seed wrote (and their edges). */
export async function removeSeed(driver: Driver, database: string, ids: SeedIds): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE n.iso3 IN $countries OR n.id STARTS WITH $prefix OR n.id STARTS WITH $site OR n.domain = $outlet
       OR n.id IN $events OR n.id = $sanction
     DETACH DELETE n`,
    {
      countries: ids.countries,
      prefix: `${ids.prefix}-`,
      site: `https://${ids.outlet}/`,
      outlet: ids.outlet,
      events: ids.events,
      sanction: ids.sanction,
    },
    { database },
  );
}
