import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, gql, startApiServer } from './apiServer.js';
import { removeSeed, seedGraph, seedIds } from './seedGraph.js';

const ids = seedIds('apiq', ['XQA', 'XQB', 'XQC']);
const [a1, a2, a3, a4, a5] = ids.articles.map((id) => `Article:${id}`) as [
  string,
  string,
  string,
  string,
  string,
];
const ANNA = `Leader:${ids.leaderA}`;
const BORIS = `Leader:${ids.leaderB}`;
const OLAF = `Leader:${ids.leaderOld}`;
const ORG = `Organization:${ids.org}`;
const SANCTION = `Sanction:${ids.sanction}`;
const EV_VISIT = `Event:${ids.events[0]}`;
const EV_SANCTION = `Event:${ids.events[1]}`;

type Body = { data?: unknown; errors?: unknown[] };

async function data(
  api: ApiServer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<unknown> {
  const { status, body } = await gql(api.url, query, variables);
  expect({ status, errors: (body as Body).errors }).toEqual({ status: 200, errors: undefined });
  return (body as Body).data;
}

describe('the GraphQL API over HTTP on a known graph', () => {
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer();
    await removeSeed(api.store.driver, api.executor.database, ids);
    await seedGraph(api.store.driver, api.executor.database, ids);
  });
  afterAll(async () => {
    await removeSeed(api.store.driver, api.executor.database, ids);
    await api.close();
  });

  it('answers a country page: codes, names, office holders then and now, articles, events, sanctions, co-mentions', async () => {
    const result = await data(
      api,
      `query Country($code: String!) {
        country(code: $code) {
          id iso3 iso2 name nameIs: name(lang: "is") aliases
          leaders { role title since until leader { id name country { id } } }
          in2015: leaders(at: "2015-06-01") { leader { id } since until }
          articles(first: 2) { totalCount edges { node { id title lang publishedAt } } pageInfo { hasNextPage hasPreviousPage } }
          events { totalCount edges { node { id } } }
          sanctionsAgainst { id }
          sanctionsImposed { id }
          coMentioned { entity { id name } articles }
        }
      }`,
      { code: 'xqa' },
    );
    expect(result).toEqual({
      country: {
        id: 'Country:XQA',
        iso3: 'XQA',
        iso2: null,
        name: 'Arcadia apiq',
        nameIs: 'Arcadia apiq',
        aliases: ['Arkadía', 'Arcadian'],
        leaders: [
          {
            role: 'head of state',
            title: 'President',
            since: '2020-01-01',
            until: null,
            leader: { id: ANNA, name: 'Anna Arcadia', country: { id: 'Country:XQA' } },
          },
        ],
        in2015: [{ leader: { id: OLAF }, since: '2010-01-01', until: '2019-12-31' }],
        articles: {
          totalCount: 4,
          edges: [
            {
              node: {
                id: a5,
                title: 'Arkadía og refsiaðgerðir',
                lang: 'is',
                publishedAt: '2024-07-05T10:00:00.000Z',
              },
            },
            {
              node: { id: a4, title: 'Arcadia harvest', lang: 'en', publishedAt: '2024-06-04T10:00:00.000Z' },
            },
          ],
          pageInfo: { hasNextPage: true, hasPreviousPage: false },
        },
        events: { totalCount: 0, edges: [] },
        sanctionsAgainst: [],
        sanctionsImposed: [],
        coMentioned: [
          { entity: { id: 'Country:XQB', name: 'Borduria apiq' }, articles: 2 },
          { entity: { id: ANNA, name: 'Anna Arcadia' }, articles: 1 },
          { entity: { id: ORG, name: 'Union of Test Nations apiq' }, articles: 1 },
        ],
      },
    });
  });

  it('answers an article page: outlet, text, mentions with spans, reported events with their sentence, sanctions', async () => {
    const result = await data(
      api,
      `query Article($id: ID!) {
        article(id: $id) {
          id url title lang publishedAt ingestedAt authors text
          outlet { id domain name }
          mentions { entity { __typename ... on Country { id } ... on Leader { id } } count snippet spans { start end } }
          events { sentence confidence event { id cameo label rootCode quadClass goldstein date datePrecision
            source { __typename ... on Leader { id name } }
            target { __typename ... on Country { id } }
            location { id }
            reportedBy { article { id } sentence } } }
          sanctions { id }
        }
        byGlobalId: article(id: "${a5}") { id sanctions { id regime program status since sincePrecision reason authority { ... on Organization { id } } target { ... on Country { id } } } }
      }`,
      { id: ids.articles[0] },
    );
    expect(result).toEqual({
      article: {
        id: a1,
        url: ids.articles[0],
        title: 'Arcadia president visits Borduria',
        lang: 'en',
        publishedAt: '2024-06-01T10:00:00.000Z',
        ingestedAt: '2024-07-01T00:00:00.000Z',
        authors: ['Test Writer'],
        text: 'Anna Arcadia visited Borduria on Saturday.',
        outlet: { id: `Outlet:${ids.outlet}`, domain: ids.outlet, name: 'Test News' },
        mentions: [
          {
            entity: { __typename: 'Country', id: 'Country:XQA' },
            count: 2,
            snippet: 'Arcadia president visits Borduria',
            spans: [
              { start: 0, end: 7 },
              { start: 37, end: 44 },
            ],
          },
          {
            entity: { __typename: 'Country', id: 'Country:XQB' },
            count: 1,
            snippet: 'Arcadia president visits Borduria',
            spans: [{ start: 25, end: 33 }],
          },
          {
            entity: { __typename: 'Leader', id: ANNA },
            count: 1,
            snippet: 'Anna Arcadia visited Borduria on Saturday.',
            spans: [{ start: 35, end: 47 }],
          },
        ],
        events: [
          {
            sentence: 'Anna Arcadia visited Borduria on Saturday.',
            confidence: 0.9,
            event: {
              id: EV_VISIT,
              cameo: '042',
              label: 'Make a visit',
              rootCode: '04',
              quadClass: 1,
              goldstein: 1.9,
              date: '2024-06-01',
              datePrecision: 'day',
              source: [{ __typename: 'Leader', id: ANNA, name: 'Anna Arcadia' }],
              target: [{ __typename: 'Country', id: 'Country:XQB' }],
              location: { id: 'Country:XQB' },
              reportedBy: [{ article: { id: a1 }, sentence: 'Anna Arcadia visited Borduria on Saturday.' }],
            },
          },
        ],
        sanctions: [],
      },
      byGlobalId: {
        id: a5,
        sanctions: [
          {
            id: SANCTION,
            regime: 'APIQ-REG',
            program: 'Test regime',
            status: 'ACTIVE',
            since: '2022-03-01',
            sincePrecision: 'day',
            reason: 'testing the API',
            authority: { id: ORG },
            target: { id: 'Country:XQB' },
          },
        ],
      },
    });
  });

  it('answers leaders, organizations, events and sanctions with their filters', async () => {
    const result = await data(
      api,
      `{
        leaders(where: { country: "XQA" }) { totalCount edges { node { id offices { role since until country { id } } } } }
        in2015: leaders(where: { country: "XQA", inOfficeOn: "2015-01-01" }) { edges { node { id } } }
        leader(id: "${ids.leaderB}") { id name aliases wikidata articles { totalCount } events { totalCount } sanctionsAgainst { id } }
        organization(id: "${ORG}") { id name kind aliases sanctionsImposed { id } events(role: SOURCE) { edges { node { id } } } asTarget: events(role: TARGET) { totalCount } }
        conflict: events(where: { actor: "XQB", quadClass: 4 }) { totalCount edges { node { id cameo } } }
        visits: events(where: { cameoRoot: "04", actor: "${ANNA}", from: "2024-06-01", to: "2024-06-30" }) { edges { node { id } } }
        none: events(where: { actor: "XQB", from: "2025-01-01" }) { totalCount edges { node { id } } }
        borduria: country(code: "XQB") { events(role: TARGET, cameo: "042") { edges { node { id } } } sanctionsAgainst { id } }
        against: sanctions(where: { target: "XQB", authority: "${ORG}" }) { totalCount edges { node { id } } }
        beforeSince: sanctions(where: { target: "XQB", activeOn: "2021-01-01" }) { totalCount }
        event(id: "${EV_SANCTION}") { id label goldstein reportedBy(first: 1) { article { id } } }
        sanction(id: "${SANCTION}") { id articles { totalCount edges { node { id } } } }
      }`,
    );
    expect(result).toEqual({
      leaders: {
        totalCount: 2,
        edges: [
          {
            node: {
              id: ANNA,
              offices: [
                { role: 'head of state', since: '2020-01-01', until: null, country: { id: 'Country:XQA' } },
              ],
            },
          },
          {
            node: {
              id: OLAF,
              offices: [
                {
                  role: 'head of state',
                  since: '2010-01-01',
                  until: '2019-12-31',
                  country: { id: 'Country:XQA' },
                },
              ],
            },
          },
        ],
      },
      in2015: { edges: [{ node: { id: OLAF } }] },
      leader: {
        id: BORIS,
        name: 'Boris Bord',
        aliases: [],
        wikidata: null,
        articles: { totalCount: 1 },
        events: { totalCount: 0 },
        sanctionsAgainst: [],
      },
      organization: {
        id: ORG,
        name: 'Union of Test Nations apiq',
        kind: 'intergovernmental',
        aliases: ['UTN'],
        sanctionsImposed: [{ id: SANCTION }],
        events: { edges: [{ node: { id: EV_SANCTION } }] },
        asTarget: { totalCount: 0 },
      },
      conflict: { totalCount: 1, edges: [{ node: { id: EV_SANCTION, cameo: '163' } }] },
      visits: { edges: [{ node: { id: EV_VISIT } }] },
      none: { totalCount: 0, edges: [] },
      borduria: { events: { edges: [{ node: { id: EV_VISIT } }] }, sanctionsAgainst: [{ id: SANCTION }] },
      against: { totalCount: 1, edges: [{ node: { id: SANCTION } }] },
      beforeSince: { totalCount: 0 },
      event: {
        id: EV_SANCTION,
        label: 'Impose embargo, boycott, or sanctions',
        goldstein: -8,
        reportedBy: [{ article: { id: a2 } }],
      },
      sanction: { id: SANCTION, articles: { totalCount: 1, edges: [{ node: { id: a5 } }] } },
    });
  });

  it('walks a connection forward and back with no gaps or repeats', async () => {
    const page = `query Page($first: Int, $after: String, $last: Int, $before: String) {
      articles(where: { outlet: "${ids.outlet}" }, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    type Page = {
      articles: {
        totalCount: number;
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
      };
    };
    const forward: string[][] = [];
    const flags: boolean[][] = [];
    let after: string | null = null;
    for (;;) {
      const { articles } = (await data(api, page, { first: 2, after })) as Page;
      expect(articles.totalCount).toBe(5);
      forward.push(articles.edges.map((edge) => edge.node.id));
      flags.push([articles.pageInfo.hasPreviousPage, articles.pageInfo.hasNextPage]);
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.pageInfo.endCursor;
    }
    expect({ forward, flags }).toEqual({
      forward: [[a5, a4], [a3, a2], [a1]],
      flags: [
        [false, true],
        [true, true],
        [true, false],
      ],
    });
    const backward: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const { articles } = (await data(api, page, { last: 2, before })) as Page;
      backward.push(articles.edges.map((edge) => edge.node.id));
      if (!articles.pageInfo.hasPreviousPage) break;
      before = articles.pageInfo.startCursor;
    }
    expect(backward).toEqual([[a2, a1], [a4, a3], [a5]]);
    const oldestFirst = (await data(
      api,
      `{ articles(where: { outlet: "${ids.outlet}", lang: "en", publishedAfter: "2024-06-02T00:00:00Z" }, orderBy: PUBLISHED_ASC) { edges { node { id } } } }`,
    )) as Page;
    expect(oldestFirst.articles.edges.map((edge) => edge.node.id)).toEqual([a2, a3, a4]);
    const mentioning = (await data(
      api,
      `{ articles(where: { country: "XQA", leader: "${ids.leaderA}" }) { edges { node { id } } } }`,
    )) as Page;
    expect(mentioning.articles.edges.map((edge) => edge.node.id)).toEqual([a1]);
  });

  it('searches articles and entity names in any language, ranked, with highlights', async () => {
    // Search is global: other tests' Icelandic articles in the same database speak of
    // refsiaðgerðir too, so the query also names the fictional Arkadía, which only this graph has.
    const result = await data(
      api,
      `{
        entities: search(query: "arkadía", types: [COUNTRY, LEADER]) { node { __typename ... on Country { id } } highlights { field text matches { start end } } }
        icelandic: search(query: "refsiaðgerðir Arkadía", types: [ARTICLE], lang: "is") { node { ... on Article { id } } highlights { field text matches { start end } } }
        prefix: search(query: "Bord", types: [LEADER]) { node { ... on Leader { id } } highlights { field text } }
      }`,
    );
    expect(result).toEqual({
      entities: [
        {
          node: { __typename: 'Country', id: 'Country:XQA' },
          highlights: [{ field: 'alias', text: 'Arkadía', matches: [{ start: 0, end: 7 }] }],
        },
      ],
      icelandic: [
        {
          node: { id: a5 },
          highlights: [
            {
              field: 'title',
              text: 'Arkadía og refsiaðgerðir',
              matches: [
                { start: 0, end: 7 },
                { start: 11, end: 24 },
              ],
            },
            {
              field: 'body',
              text: 'Arkadía styður refsiaðgerðir gegn Bordúríu.',
              matches: [
                { start: 0, end: 7 },
                { start: 15, end: 28 },
              ],
            },
          ],
        },
      ],
      prefix: [{ node: { id: BORIS }, highlights: [{ field: 'name', text: 'Boris Bord' }] }],
    });
  });

  it('ranks an entity named exactly what was searched for before those whose name only holds it', async () => {
    // As "Rússland" (Russia) and "Hvíta-Rússland" (Belarus): the compound's short alias list
    // scores higher in Lucene, yet whoever types the whole name means the country of that name.
    const { driver } = api.store;
    const { database } = api.executor;
    await driver.executeQuery(
      `UNWIND $countries AS c
       CREATE (:Country {iso3: c.iso3, name: c.name, aliases: c.aliases, aliasText: c.aliasText})`,
      {
        countries: [
          {
            iso3: 'XQM',
            name: 'Zemblanova Republic',
            aliases: ['Zemblanova', 'Zemblanovan', 'Norður-Zemblanova'],
            aliasText:
              'Zemblanova Republic | Zemblanova | Zemblanovan | Norður-Zemblanova | Republic of Zemblanova | Zemblanovans',
          },
          { iso3: 'XQN', name: 'Hvíta-Zemblanova', aliases: [], aliasText: 'Hvíta-Zemblanova' },
        ],
      },
      { database },
    );
    try {
      const result = (await data(
        api,
        `{
          exact: search(query: "zemblanova", types: [COUNTRY]) { node { ... on Country { id } } }
          compound: search(query: " Hvíta-Zemblanova ", types: [COUNTRY]) { node { ... on Country { id } } }
          alias: search(query: "Norður-Zemblanova", types: [COUNTRY]) { node { ... on Country { id } } highlights { field text } }
        }`,
      )) as {
        exact: { node: { id: string } }[];
        compound: { node: { id: string } }[];
        alias: { node: { id: string }; highlights: unknown[] }[];
      };
      expect(result.exact.map((hit) => hit.node.id)).toEqual(['Country:XQM', 'Country:XQN']);
      expect(result.compound.map((hit) => hit.node.id)).toEqual(['Country:XQN']);
      // The alias that matches both words is shown, not the name that matches one.
      expect(result.alias).toEqual([
        { node: { id: 'Country:XQM' }, highlights: [{ field: 'alias', text: 'Norður-Zemblanova' }] },
      ]);
    } finally {
      await driver.executeQuery(
        "MATCH (c:Country) WHERE c.iso3 IN ['XQM', 'XQN'] DETACH DELETE c",
        {},
        { database },
      );
    }
  });

  it('explores the neighborhood of a node and the shortest paths between two', async () => {
    type Graph = {
      nodes: { id: string; type: string; label: string }[];
      edges: { id: string; type: string; source: string; target: string; weight: number }[];
    };
    const sorted = (graph: Graph) => ({
      nodes: [...graph.nodes].sort((x, y) => x.id.localeCompare(y.id)),
      edges: [...graph.edges].sort((x, y) => x.id.localeCompare(y.id)),
    });
    const result = (await data(
      api,
      `{
        near: neighborhood(id: "${ANNA}") { nodes { id type label } edges { id type source target weight } }
        countries: neighborhood(id: "${ANNA}", depth: 2, types: ["Country"]) { nodes { id type label } edges { id type source target weight } }
        paths(from: "${ANNA}", to: "${BORIS}", maxHops: 3) { nodes { id } edges { type source target } }
        tooShort: paths(from: "${ANNA}", to: "${BORIS}", maxHops: 2) { nodes { id } }
        itself: paths(from: "${ANNA}", to: "${ANNA}") { nodes { id type label } edges { id } }
      }`,
    )) as {
      near: Graph;
      countries: Graph;
      paths: { nodes: { id: string }[]; edges: unknown[] }[];
      tooShort: unknown[];
      itself: unknown[];
    };
    expect(sorted(result.near)).toEqual({
      nodes: [
        { id: a1, type: 'Article', label: 'Arcadia president visits Borduria' },
        { id: 'Country:XQA', type: 'Country', label: 'Arcadia apiq' },
        { id: EV_VISIT, type: 'Event', label: 'Make a visit' },
        { id: ANNA, type: 'Leader', label: 'Anna Arcadia' },
      ],
      edges: [
        { id: `${a1}|MENTIONS|Country:XQA`, type: 'MENTIONS', source: a1, target: 'Country:XQA', weight: 2 },
        { id: `${a1}|MENTIONS|${ANNA}`, type: 'MENTIONS', source: a1, target: ANNA, weight: 1 },
        { id: `${a1}|REPORTS|${EV_VISIT}`, type: 'REPORTS', source: a1, target: EV_VISIT, weight: 1 },
        { id: `${EV_VISIT}|ACTOR|${ANNA}`, type: 'ACTOR', source: EV_VISIT, target: ANNA, weight: 1 },
        {
          id: `${ANNA}|HOLDS_OFFICE|Country:XQA`,
          type: 'HOLDS_OFFICE',
          source: ANNA,
          target: 'Country:XQA',
          weight: 1,
        },
      ],
    });
    expect(sorted(result.countries)).toEqual({
      nodes: [
        { id: 'Country:XQA', type: 'Country', label: 'Arcadia apiq' },
        { id: ANNA, type: 'Leader', label: 'Anna Arcadia' },
      ],
      edges: [
        {
          id: `${ANNA}|HOLDS_OFFICE|Country:XQA`,
          type: 'HOLDS_OFFICE',
          source: ANNA,
          target: 'Country:XQA',
          weight: 1,
        },
      ],
    });
    const pathKeys = result.paths.map((path) => JSON.stringify(path)).sort();
    expect(pathKeys).toEqual(
      [
        {
          nodes: [{ id: ANNA }, { id: a1 }, { id: 'Country:XQB' }, { id: BORIS }],
          edges: [
            { type: 'MENTIONS', source: a1, target: ANNA },
            { type: 'MENTIONS', source: a1, target: 'Country:XQB' },
            { type: 'HOLDS_OFFICE', source: BORIS, target: 'Country:XQB' },
          ],
        },
        {
          nodes: [{ id: ANNA }, { id: EV_VISIT }, { id: 'Country:XQB' }, { id: BORIS }],
          edges: [
            { type: 'ACTOR', source: EV_VISIT, target: ANNA },
            { type: 'ACTOR', source: EV_VISIT, target: 'Country:XQB' },
            { type: 'HOLDS_OFFICE', source: BORIS, target: 'Country:XQB' },
          ],
        },
        {
          nodes: [{ id: ANNA }, { id: EV_VISIT }, { id: 'Country:XQB' }, { id: BORIS }],
          edges: [
            { type: 'ACTOR', source: EV_VISIT, target: ANNA },
            { type: 'IN', source: EV_VISIT, target: 'Country:XQB' },
            { type: 'HOLDS_OFFICE', source: BORIS, target: 'Country:XQB' },
          ],
        },
      ]
        .map((path) => JSON.stringify(path))
        .sort(),
    );
    expect(result.tooShort).toEqual([]);
    // A node's shortest path to itself: the node alone, zero hops.
    expect(result.itself).toEqual([
      { nodes: [{ id: ANNA, type: 'Leader', label: 'Anna Arcadia' }], edges: [] },
    ]);
  });

  it('draws parallel relationships of one type as one edge (weights summed) and one path', async () => {
    // Olaf's earlier term as prime minister of the same country: a second HOLDS_OFFICE.
    const second = `
      MATCH (l:Leader {id: $leader}), (c:Country {iso3: 'XQA'})
      CREATE (l)-[:HOLDS_OFFICE {role: 'head of government', title: 'Prime Minister', since: date('2005-01-01'), until: date('2009-12-31')}]->(c)`;
    const { driver } = api.store;
    const database = api.executor.database;
    await driver.executeQuery(second, { leader: ids.leaderOld }, { database });
    try {
      const result = (await data(
        api,
        `{
          neighborhood(id: "${OLAF}", types: ["Country"]) { nodes { id } edges { id type source target weight } }
          paths(from: "${OLAF}", to: "Country:XQA") { nodes { id } edges { id } }
        }`,
      )) as {
        neighborhood: { nodes: { id: string }[]; edges: unknown[] };
        paths: unknown[];
      };
      // One path, not one per relationship.
      expect(result.paths).toEqual([
        {
          nodes: [{ id: OLAF }, { id: 'Country:XQA' }],
          edges: [{ id: `${OLAF}|HOLDS_OFFICE|Country:XQA` }],
        },
      ]);
      expect(result.neighborhood.nodes.map((node) => node.id).sort()).toEqual(['Country:XQA', OLAF]);
      expect(result.neighborhood.edges).toEqual([
        {
          id: `${OLAF}|HOLDS_OFFICE|Country:XQA`,
          type: 'HOLDS_OFFICE',
          source: OLAF,
          target: 'Country:XQA',
          weight: 2,
        },
      ]);
    } finally {
      await driver.executeQuery(
        `MATCH (:Leader {id: $leader})-[r:HOLDS_OFFICE {title: 'Prime Minister'}]->(:Country {iso3: 'XQA'}) DELETE r`,
        { leader: ids.leaderOld },
        { database },
      );
    }
  });

  it('gives no sentence (null) for a report imported from GDELT, which publishes none', async () => {
    // As the GDELT mentions import writes it: an article known by its URL, a REPORTS edge with
    // the sentence's number and a confidence, and no sentence text.
    const { driver } = api.store;
    const { database } = api.executor;
    const gdeltArticle = `https://gdelt.example/${ids.prefix}-mention`;
    await driver.executeQuery(
      `MATCH (e:Event {id: $event})
       CREATE (a:Article {id: $article, url: $article, title: '', ingestedAt: datetime(), publishedAt: datetime('2024-06-01T00:00:00Z')})
       CREATE (a)-[:REPORTS {sentenceIndex: 3, confidence: 0.6}]->(e)`,
      { event: ids.events[0], article: gdeltArticle },
      { database },
    );
    try {
      const result = (await data(
        api,
        `{ event(id: "${EV_VISIT}") { reportedBy { article { id } sentence } } }`,
      )) as { event: { reportedBy: { article: { id: string }; sentence: string | null }[] } };
      expect([...result.event.reportedBy].sort((x, y) => x.article.id.localeCompare(y.article.id))).toEqual(
        [
          { article: { id: a1 }, sentence: 'Anna Arcadia visited Borduria on Saturday.' },
          { article: { id: `Article:${gdeltArticle}` }, sentence: null },
        ].sort((x, y) => x.article.id.localeCompare(y.article.id)),
      );
    } finally {
      await driver.executeQuery(
        'MATCH (a:Article {id: $article}) DETACH DELETE a',
        { article: gdeltArticle },
        { database },
      );
    }
  });

  it('counts coverage per bucket on a timeline', async () => {
    const result = await data(
      api,
      `{
        monthly: timeline(id: "Country:XQA") { start articles events }
        daily: timeline(id: "Country:XQB", interval: DAY, to: "2024-06-02") { start articles events }
        yearly: timeline(id: "${EV_VISIT}", interval: YEAR) { start articles events }
      }`,
    );
    expect(result).toEqual({
      monthly: [
        { start: '2024-06-01', articles: 3, events: 0 },
        { start: '2024-07-01', articles: 1, events: 0 },
      ],
      daily: [
        { start: '2024-06-01', articles: 1, events: 1 },
        { start: '2024-06-02', articles: 1, events: 1 },
      ],
      yearly: [],
    });
  });

  it('fetches any node by global id, null where there is none', async () => {
    const result = await data(
      api,
      `{
        nodes(ids: ["Country:XQA", "${ANNA}", "Leader:${ids.prefix}-nobody", "Outlet:${ids.outlet}", "not-a-global-id"]) {
          __typename id
        }
        node(id: "${EV_VISIT}") { id ... on Event { cameo } }
      }`,
    );
    expect(result).toEqual({
      nodes: [
        { __typename: 'Country', id: 'Country:XQA' },
        { __typename: 'Leader', id: ANNA },
        null,
        { __typename: 'Outlet', id: `Outlet:${ids.outlet}` },
        null,
      ],
      node: { id: EV_VISIT, cameo: '042' },
    });
  });
  it('answers who headed an organization, then and now, and what a leader headed', async () => {
    const driver = api.store.driver;
    const database = api.executor.database;
    const heads = `MATCH (o:Organization {id: $org})
      MATCH (old:Leader {id: $old}), (boris:Leader {id: $boris})
      CREATE (old)-[:HEADS {title: 'Secretary-General', since: date('2000-01-01'), until: date('2009-12-31')}]->(o)
      CREATE (boris)-[:HEADS {title: 'Secretary-General', since: date('2021-01-01')}]->(o)`;
    const params = { org: ids.org, old: ids.leaderOld, boris: ids.leaderB };
    await driver.executeQuery(heads, params, { database });
    try {
      const result = await data(
        api,
        `{
          organization(id: "${ORG}") {
            heads { title since until leader { id } organization { id } }
            in2005: heads(at: "2005-06-01") { leader { id } }
            in2015: heads(at: "2015-06-01") { leader { id } }
          }
          boris: leader(id: "${BORIS}") { headships { title since until organization { id name } } country { id } }
          anna: leader(id: "${ANNA}") { headships { title } }
        }`,
      );
      expect(result).toEqual({
        organization: {
          heads: [
            {
              title: 'Secretary-General',
              since: '2021-01-01',
              until: null,
              leader: { id: BORIS },
              organization: { id: ORG },
            },
            {
              title: 'Secretary-General',
              since: '2000-01-01',
              until: '2009-12-31',
              leader: { id: OLAF },
              organization: { id: ORG },
            },
          ],
          in2005: [{ leader: { id: OLAF } }],
          in2015: [],
        },
        boris: {
          headships: [
            {
              title: 'Secretary-General',
              since: '2021-01-01',
              until: null,
              organization: { id: ORG, name: `Union of Test Nations ${ids.prefix}` },
            },
          ],
          country: { id: 'Country:XQB' },
        },
        anna: { headships: [] },
      });
    } finally {
      await driver.executeQuery('MATCH (:Leader)-[h:HEADS]->(:Organization {id: $org}) DELETE h', params, {
        database,
      });
    }
  });
});
