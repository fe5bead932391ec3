import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, gql, startApiServer, TEST_API_KEY } from './apiServer.js';

const BAD_ARTICLE = 'apie-bad-article';

describe('errors and limits of the API over HTTP', () => {
  let api: ApiServer;
  let readOnly: ApiServer;

  beforeAll(async () => {
    api = await startApiServer({ maxBodyBytes: 4096 });
    readOnly = await startApiServer({ apiKey: undefined });
    // A row no store parser accepts (a numeric title), to prove unknown failures are masked.
    await api.store.driver.executeQuery(
      'MERGE (a:Article {id: $id}) SET a.title = 42, a.ingestedAt = datetime(), a.lang = "en"',
      { id: BAD_ARTICLE },
      { database: api.executor.database },
    );
  });
  afterAll(async () => {
    await api.store.driver.executeQuery(
      'MATCH (a:Article {id: $id}) DETACH DELETE a',
      { id: BAD_ARTICLE },
      {
        database: api.executor.database,
      },
    );
    await readOnly.close();
    await api.close();
  });

  it('answers a wrong argument with BAD_USER_INPUT, its path and a clear message', async () => {
    expect(await gql(api.url, '{ country(code: "1") { id } }')).toEqual({
      status: 200,
      body: {
        data: { country: null },
        errors: [
          {
            message: 'code "1" is not an ISO 3166-1 alpha-2 or alpha-3 code (e.g. IS or ISL)',
            locations: [{ line: 1, column: 3 }],
            path: ['country'],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    });
  });

  it('refuses a date range that ends before it starts, naming both ends', async () => {
    const cases: [string, string, string[]][] = [
      [
        '{ events(where: {from: "2024-06-01", to: "2024-01-01"}) { totalCount } }',
        'where.from (2024-06-01) is after where.to (2024-01-01)',
        ['events'],
      ],
      [
        '{ articles(where: {publishedAfter: "2024-06-01T00:00:00Z", publishedBefore: "2024-01-01T00:00:00Z"}) { totalCount } }',
        'where.publishedAfter (2024-06-01T00:00:00.000Z) is after where.publishedBefore (2024-01-01T00:00:00.000Z)',
        ['articles'],
      ],
      [
        '{ timeline(id: "Country:RUS", from: "2024-06-01", to: "2024-01-01") { start } }',
        'from (2024-06-01) is after to (2024-01-01)',
        ['timeline'],
      ],
    ];
    for (const [query, message, path] of cases) {
      const { status, body } = await gql(api.url, query);
      expect({ status, errors: (body as { errors?: unknown }).errors }).toEqual({
        status: 200,
        errors: [
          { message, locations: [{ line: 1, column: 3 }], path, extensions: { code: 'BAD_USER_INPUT' } },
        ],
      });
    }
  });

  it('refuses search input Lucene cannot take: too many words, a word too long, no word at all', async () => {
    const cases: [string, string][] = [
      [
        Array.from({ length: 33 }, () => 'Russia').join(' '),
        'query has 33 words; at most 32 are searched at once',
      ],
      ['a'.repeat(150), 'query has a word of 150 characters; words may be at most 100 long'],
      ['~ ^ + || 🙂', 'query must hold at least one word'],
    ];
    for (const [query, message] of cases) {
      expect(await gql(api.url, 'query($q: String!) { search(query: $q) { score } }', { q: query })).toEqual({
        status: 200,
        body: {
          data: null,
          errors: [
            {
              message,
              locations: [{ line: 1, column: 22 }],
              path: ['search'],
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
      });
    }
  });

  it('refuses pages over the cap, mixed directions and foreign cursors, at the field that asked', async () => {
    const result = await gql(
      api.url,
      `{
        big: articles(first: 101) { totalCount }
        mixed: articles(first: 1, last: 1) { totalCount }
        cursor: articles(after: "not-a-cursor") { totalCount }
        country(code: "ISL") { articles(first: -1) { totalCount } }
      }`,
    );
    expect(result).toEqual({
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: 'first must be between 0 and 100, got 101',
            locations: [{ line: 2, column: 9 }],
            path: ['big'],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    });
    // Non-null connections make one failing root field null the whole data; one at a time:
    const each = async (query: string) => ((await gql(api.url, query)).body as { errors: unknown[] }).errors;
    expect(await each('{ articles(first: 1, last: 1) { totalCount } }')).toEqual([
      {
        message: 'give either first or last, not both',
        locations: [{ line: 1, column: 3 }],
        path: ['articles'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(await each('{ articles(after: "not-a-cursor") { totalCount } }')).toEqual([
      {
        message: 'after is not a cursor this API gave out',
        locations: [{ line: 1, column: 3 }],
        path: ['articles'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(
      await gql(
        api.url,
        '{ country(code: "XEA") { id } alpha2: country(code: "xe") { id } nested: node(id: "Country:XEA") { id } }',
      ),
    ).toEqual({
      status: 200,
      // Well-formed codes no country has, of either length: no such country, not a wrong argument.
      body: { data: { country: null, alpha2: null, nested: null } },
    });
  });

  it('names the nested field that failed in errors[].path', async () => {
    await api.store.driver.executeQuery(
      'MERGE (c:Country {iso3: "XEB"}) SET c.name = "Errorland", c.aliases = []',
      {},
      { database: api.executor.database },
    );
    try {
      expect(
        await gql(api.url, '{ country(code: "XEB") { id articles(last: 500) { totalCount } } }'),
      ).toEqual({
        status: 200,
        body: {
          data: { country: null },
          errors: [
            {
              message: 'last must be between 0 and 100, got 500',
              locations: [{ line: 1, column: 29 }],
              path: ['country', 'articles'],
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
      });
    } finally {
      await api.store.driver.executeQuery(
        'MATCH (c:Country {iso3: "XEB"}) DETACH DELETE c',
        {},
        {
          database: api.executor.database,
        },
      );
    }
  });

  it('answers an id that names no node with NOT_FOUND in neighborhood, paths and timeline', async () => {
    const { database } = api.executor;
    await api.store.driver.executeQuery(
      'UNWIND ["XEN", "XEO"] AS code MERGE (c:Country {iso3: code}) SET c.name = "Nodeland " + code',
      {},
      { database },
    );
    const cases: [string, string, string][] = [
      ['{ neighborhood(id: "Leader:apie-nobody") { nodes { id } } }', 'Leader:apie-nobody', 'neighborhood'],
      [
        '{ paths(from: "Leader:apie-nobody", to: "Country:XEN") { nodes { id } } }',
        'Leader:apie-nobody',
        'paths',
      ],
      ['{ paths(from: "Country:XEN", to: "Country:XQZ") { nodes { id } } }', 'Country:XQZ', 'paths'],
      [
        '{ paths(from: "Event:apie-none", to: "Event:apie-none") { nodes { id } } }',
        'Event:apie-none',
        'paths',
      ],
      ['{ timeline(id: "Organization:apie-nobody") { start } }', 'Organization:apie-nobody', 'timeline'],
    ];
    try {
      for (const [query, id, field] of cases) {
        expect(await gql(api.url, query)).toEqual({
          status: 200,
          body: {
            data: null,
            errors: [
              {
                message: `no node with id ${id}`,
                locations: [{ line: 1, column: 3 }],
                path: [field],
                extensions: { code: 'NOT_FOUND' },
              },
            ],
          },
        });
      }
      // Nodes that exist with nothing to count and nothing between them: answers, not errors.
      expect(
        await gql(
          api.url,
          '{ timeline(id: "Country:XEN") { start } paths(from: "Country:XEN", to: "Country:XEO") { nodes { id } } }',
        ),
      ).toEqual({ status: 200, body: { data: { timeline: [], paths: [] } } });
    } finally {
      await api.store.driver.executeQuery(
        'MATCH (c:Country) WHERE c.iso3 IN ["XEN", "XEO"] DETACH DELETE c',
        {},
        { database },
      );
    }
  });

  it('masks an unexpected failure as INTERNAL_SERVER_ERROR with no detail', async () => {
    expect(await gql(api.url, `{ article(id: "${BAD_ARTICLE}") { title } }`)).toEqual({
      status: 200,
      body: {
        data: { article: null },
        errors: [
          {
            message: 'Internal server error',
            locations: [{ line: 1, column: 3 }],
            path: ['article'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
    });
  });

  it('refuses operations too deep or too costly with QUERY_TOO_COMPLEX before running them', async () => {
    const deep = `{ country(code: "ISL") { leaders { leader { country { leaders { leader { country { leaders { leader { country { leaders { leader { country { leaders { leader { id } } } } } } } } } } } } } } } }`;
    expect(await gql(api.url, deep)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'the operation nests deeper than 12 levels; select fewer nested fields',
            locations: [{ line: 1, column: 142 }],
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          },
        ],
      },
    });
    const costly = `{ countries(first: 100) { edges { node { articles(first: 100) { edges { node { mentions { count } events { sentence } } } } } } } }`;
    expect(await gql(api.url, costly)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'the operation costs 60301, over the limit of 20000; ask for smaller pages or fewer nested lists',
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          },
        ],
      },
    });
  });

  it('serves GET for queries, refuses GET for mutations, and answers in application/graphql-response+json', async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ country(code: "XEZ") { id } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect({
      status: get.status,
      type: get.headers.get('content-type'),
      body: await get.json(),
    }).toEqual({
      status: 200,
      type: 'application/graphql-response+json; charset=utf-8',
      body: { data: { country: null } },
    });
    const mutation = await fetch(
      `${api.url}?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { deletedId } }')}`,
      { headers: { accept: 'application/graphql-response+json' } },
    );
    expect(mutation.status).toBe(405);
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health { status } } # ${'x'.repeat(5000)}` }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 413,
      body: {
        errors: [{ message: 'request body over 4096 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      },
    });
  });

  it('needs the API key for writes: missing or wrong is UNAUTHENTICATED, no key configured is FORBIDDEN', async () => {
    const write = 'mutation { deleteArticle(id: "apie-none") { deletedId removedEvents } }';
    const refused = (message: string, code: string) => ({
      status: 200,
      body: {
        data: null,
        errors: [
          { message, locations: [{ line: 1, column: 12 }], path: ['deleteArticle'], extensions: { code } },
        ],
      },
    });
    expect(await gql(api.url, write)).toEqual(
      refused('writes need the header Authorization: Bearer <NEWSGRAPH_API_KEY>', 'UNAUTHENTICATED'),
    );
    expect(await gql(api.url, write, {}, { authorization: 'Bearer wrong-key-0123456789' })).toEqual(
      refused('the API key in Authorization is not valid', 'UNAUTHENTICATED'),
    );
    expect(await gql(readOnly.url, write, {}, { authorization: `Bearer ${TEST_API_KEY}` })).toEqual(
      refused('writes are disabled: the server has no NEWSGRAPH_API_KEY set', 'FORBIDDEN'),
    );
    expect(await gql(api.url, write, {}, { authorization: `Bearer ${TEST_API_KEY}` })).toEqual({
      status: 200,
      body: { data: { deleteArticle: { deletedId: null, removedEvents: 0 } } },
    });
  });
});
