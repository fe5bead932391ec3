import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postGraphQL, type ServeProcess, startServe } from '../support/cliProcess.js';
import { freePort } from '../support/freePort.js';
import { neo4jEnv } from '../support/testNeo4jInfo.js';

const KEY = 'e2e-api-key-0123456789';
const URL_ID = 'https://apie2e.example/iceland-story';

describe('newsgraph serve answers the API as a user reaches it', () => {
  let serve: ServeProcess;

  beforeAll(async () => {
    const info = inject('neo4j');
    serve = await startServe({
      ...neo4jEnv(info),
      NEWSGRAPH_PORT: String(await freePort()),
      NEWSGRAPH_API_KEY: KEY,
    });
  });
  afterAll(async () => {
    await postGraphQL(
      serve.url,
      'mutation D($id: ID!) { deleteArticle(id: $id) { deletedId } }',
      { id: URL_ID },
      {
        authorization: `Bearer ${KEY}`,
      },
    );
    expect(await serve.stop()).toBe(0);
  });

  it('knows every country from the reference data, with names in other languages', async () => {
    expect(
      await postGraphQL(
        serve.url,
        '{ country(code: "is") { id iso2 name nameIs: name(lang: "is") nameDe: name(lang: "de") } }',
      ),
    ).toEqual({
      status: 200,
      body: {
        data: {
          country: { id: 'Country:ISL', iso2: 'IS', name: 'Iceland', nameIs: 'Ísland', nameDe: 'Island' },
        },
      },
    });
  });

  it('ingests an article with the API key and serves it back; without the key it refuses', async () => {
    const mutation = `mutation In($input: ArticleInput!) {
      ingestArticle(input: $input) { __typename ... on IngestSuccess { articleId status linked { countries } } }
    }`;
    const input = {
      url: URL_ID,
      title: 'Iceland and Norway sign a fisheries deal',
      body: 'Iceland and Norway signed a fisheries agreement in Reykjavik on Monday.',
      publishedAt: '2024-05-06',
    };
    expect(await postGraphQL(serve.url, mutation, { input })).toEqual({
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: 'writes need the header Authorization: Bearer <NEWSGRAPH_API_KEY>',
            locations: [{ line: 2, column: 7 }],
            path: ['ingestArticle'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      },
    });
    const stored = await postGraphQL(serve.url, mutation, { input }, { authorization: `Bearer ${KEY}` });
    expect(stored).toEqual({
      status: 200,
      body: {
        data: {
          ingestArticle: {
            __typename: 'IngestSuccess',
            articleId: `Article:${URL_ID}`,
            status: expect.stringMatching(/^(NEW|UNCHANGED)$/),
            linked: { countries: 2 },
          },
        },
      },
    });
    const read = await fetch(
      `${serve.url}/graphql?query=${encodeURIComponent(`{ article(id: "${URL_ID}") { title mentions { entity { ... on Country { id } } } } }`)}`,
      { headers: { accept: 'application/graphql-response+json' } },
    );
    const body = (await read.json()) as {
      data: { article: { title: string; mentions: { entity: { id?: string } }[] } };
    };
    expect({
      status: read.status,
      title: body.data.article.title,
      countries: body.data.article.mentions
        .map((m) => m.entity.id)
        .filter(Boolean)
        .sort(),
    }).toEqual({ status: 200, title: input.title, countries: ['Country:ISL', 'Country:NOR'] });
  });
});
