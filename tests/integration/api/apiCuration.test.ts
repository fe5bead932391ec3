import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, gql, startApiServer, TEST_API_KEY } from './apiServer.js';
import { removeSeed, seedGraph, seedIds } from './seedGraph.js';

const ids = seedIds('apim', ['XMA', 'XMB', 'XMC']);
const ANNA = `Leader:${ids.leaderA}`;
const OLAF = `Leader:${ids.leaderOld}`;
const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };
const MERGE = `mutation Merge($keep: ID!, $merge: [ID!]!) {
  mergeEntities(keep: $keep, merge: $merge) { entity { id ... on Leader { name aliases } } merged }
}`;

describe('curation: mergeEntities and deleteArticle', () => {
  let api: ApiServer;

  beforeAll(async () => {
    api = await startApiServer();
    await removeSeed(api.store.driver, api.executor.database, ids);
    await seedGraph(api.store.driver, api.executor.database, ids);
    // The duplicate is mentioned by an article that also mentions the one kept, and acts in
    // the same event: after the merge the mention counts add up and the actor edge is one.
    await api.store.driver.executeQuery(
      `MATCH (a:Article {id: $article}), (o:Leader {id: $olaf}), (e:Event {id: $event})
       CREATE (a)-[:MENTIONS {count: 3, spans: [50, 58], snippet: 'Old'}]->(o)
       CREATE (e)-[:ACTOR {role: 'source'}]->(o)`,
      { article: ids.articles[0], olaf: ids.leaderOld, event: ids.events[0] },
      { database: api.executor.database },
    );
  });
  afterAll(async () => {
    await removeSeed(api.store.driver, api.executor.database, ids);
    await api.close();
  });

  it('moves every edge of the merged entity onto the one kept, joins aliases, and a second merge changes nothing', async () => {
    const first = await gql(api.url, MERGE, { keep: ANNA, merge: [OLAF] }, AUTH);
    expect(first).toEqual({
      status: 200,
      body: {
        data: {
          mergeEntities: {
            entity: { id: ANNA, name: 'Anna Arcadia', aliases: ['A. Arcadia', 'Olaf Old'] },
            merged: [OLAF],
          },
        },
      },
    });
    const state = async () =>
      gql(
        api.url,
        `{
          leader(id: "${ANNA}") {
            offices { role since until country { id } }
            articles { totalCount }
          }
          gone: leader(id: "${OLAF}") { id }
          article(id: "${ids.articles[0]}") { mentions { entity { ... on Leader { id } } count spans { start end } } }
          event(id: "${ids.events[0]}") { source { ... on Leader { id } } }
        }`,
      );
    const after = await state();
    expect(after).toEqual({
      status: 200,
      body: {
        data: {
          leader: {
            offices: [
              { role: 'head of state', since: '2020-01-01', until: null, country: { id: 'Country:XMA' } },
              {
                role: 'head of state',
                since: '2010-01-01',
                until: '2019-12-31',
                country: { id: 'Country:XMA' },
              },
            ],
            articles: { totalCount: 1 },
          },
          gone: null,
          article: {
            mentions: [
              {
                entity: { id: ANNA },
                count: 4,
                spans: [
                  { start: 35, end: 47 },
                  { start: 50, end: 58 },
                ],
              },
              {
                entity: {},
                count: 2,
                spans: [
                  { start: 0, end: 7 },
                  { start: 37, end: 44 },
                ],
              },
              { entity: {}, count: 1, spans: [{ start: 25, end: 33 }] },
            ],
          },
          event: { source: [{ id: ANNA }] },
        },
      },
    });
    expect(await gql(api.url, MERGE, { keep: ANNA, merge: [OLAF] }, AUTH)).toEqual({
      status: 200,
      body: {
        data: {
          mergeEntities: {
            entity: { id: ANNA, name: 'Anna Arcadia', aliases: ['A. Arcadia', 'Olaf Old'] },
            merged: [],
          },
        },
      },
    });
    expect(await state()).toEqual(after);
  });

  it('refuses merging across types, into itself, or into nothing', async () => {
    const error = async (variables: Record<string, unknown>) =>
      (
        (await gql(api.url, MERGE, variables, AUTH)).body as {
          errors: { message: string; extensions: unknown }[];
        }
      ).errors.map((e) => ({ message: e.message, extensions: e.extensions }));
    expect(await error({ keep: ANNA, merge: ['Country:XMA'] })).toEqual([
      {
        message: 'merge[0] is a Country but keep is a Leader; only entities of one type merge',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(await error({ keep: ANNA, merge: [ANNA] })).toEqual([
      { message: 'merge[0] is keep itself', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(await error({ keep: 'Leader:apim-nobody', merge: [OLAF] })).toEqual([
      { message: 'no Leader with id Leader:apim-nobody', extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(
      await error({ keep: `Article:${ids.articles[0]}`, merge: [`Article:${ids.articles[1]}`] }),
    ).toEqual([
      {
        message: 'only countries, leaders and organizations can be merged, not a Article',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('deletes an article with the events only it reported, keeping what others support', async () => {
    const result = await gql(
      api.url,
      'mutation D($id: ID!) { deleteArticle(id: $id) { deletedId removedEvents removedSanctions } }',
      { id: `Article:${ids.articles[1]}` },
      AUTH,
    );
    expect(result).toEqual({
      status: 200,
      body: {
        data: {
          deleteArticle: { deletedId: `Article:${ids.articles[1]}`, removedEvents: 1, removedSanctions: 0 },
        },
      },
    });
    expect(
      await gql(
        api.url,
        `{ event(id: "${ids.events[1]}") { id } sanction(id: "Sanction:${ids.sanction}") { id } country(code: "XMB") { articles { totalCount } } }`,
      ),
    ).toEqual({
      status: 200,
      body: {
        data: {
          event: null,
          sanction: { id: `Sanction:${ids.sanction}` },
          country: { articles: { totalCount: 2 } },
        },
      },
    });
  });
});
