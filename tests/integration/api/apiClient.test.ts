import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer, TEST_API_KEY } from './apiServer.js';
import { removeSeed, seedGraph, seedIds } from './seedGraph.js';

const ids = seedIds('apic', ['XCA', 'XCB', 'XCC']);

interface CountryPage {
  country: {
    name: string;
    leaders: { leader: { name: string } }[];
    articles: { edges: { node: { title: string } }[] };
  } | null;
}

const COUNTRY_PAGE = gql`
  query CountryPage($code: String!, $first: Int!) {
    country(code: $code) {
      name
      leaders { leader { name } }
      articles(first: $first) { edges { node { title } } }
    }
  }
`;

describe('a real GraphQL client (graphql-request) used as a user would', () => {
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

  it('reads a country page with variables', async () => {
    const client = new GraphQLClient(api.url);
    const page = await client.request<CountryPage>(COUNTRY_PAGE, { code: 'XCA', first: 2 });
    expect(page).toEqual({
      country: {
        name: 'Arcadia apic',
        leaders: [{ leader: { name: 'Anna Arcadia' } }],
        articles: {
          edges: [{ node: { title: 'Arkadía og refsiaðgerðir' } }, { node: { title: 'Arcadia harvest' } }],
        },
      },
    });
  });

  it('sees a coded error as a ClientError with the GraphQL errors', async () => {
    const client = new GraphQLClient(api.url);
    const error = await client.request(COUNTRY_PAGE, { code: 'XCA', first: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.errors).toEqual([
      {
        message: 'first must be between 0 and 100, got 1000',
        locations: [{ line: 6, column: 7 }],
        path: ['country', 'articles'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('curates with the API key: merges a duplicate leader and deletes an article', async () => {
    const client = new GraphQLClient(api.url, { headers: { authorization: `Bearer ${TEST_API_KEY}` } });
    const merged = await client.request<{
      mergeEntities: { entity: { id: string; aliases: string[] }; merged: string[] };
    }>(
      gql`mutation Merge($keep: ID!, $merge: [ID!]!) { mergeEntities(keep: $keep, merge: $merge) { entity { id aliases } merged } }`,
      { keep: `Leader:${ids.leaderA}`, merge: [`Leader:${ids.leaderOld}`] },
    );
    expect(merged).toEqual({
      mergeEntities: {
        entity: { id: `Leader:${ids.leaderA}`, aliases: ['A. Arcadia', 'Olaf Old'] },
        merged: [`Leader:${ids.leaderOld}`],
      },
    });
    const deleted = await client.request<{
      deleteArticle: { deletedId: string | null; removedEvents: number };
    }>(gql`mutation Delete($id: ID!) { deleteArticle(id: $id) { deletedId removedEvents } }`, {
      id: ids.articles[0],
    });
    expect(deleted).toEqual({ deleteArticle: { deletedId: `Article:${ids.articles[0]}`, removedEvents: 1 } });
  });
});
