import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../src/extract/index.js';
import { prepareGraph } from '../../../src/ingest/prepareGraph.js';
import { createLogger } from '../../../src/logger.js';
import { graphAuthority } from '../../support/sanctionAuthority.js';
import { loadFixtures, summarize } from '../../unit/extract/summary.js';
import { type ApiServer, gql, startApiServer, TEST_API_KEY } from './apiServer.js';

const SITE = 'https://apii.example';
const fixtures = loadFixtures();
const urlOf = (name: string) => `${SITE}/${name}`;
const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };

type Actor = { __typename: string; iso3?: string; id?: string };
interface ArticleView {
  lang: string;
  mentions: { entity: Actor }[];
  events: { event: { cameo: string; source: Actor[]; target: Actor[] } }[];
  sanctions: { regime: string | null; authority: Actor | null; target: Actor | null }[];
}

const key = (actor: Actor | null) =>
  actor ? (actor.iso3 ?? actor.id?.replace(/^[A-Za-z]+:/, '') ?? '') : '';
const actors = (list: Actor[]) => list.map(key).sort().join('+');
const rows = (list: string[][]) =>
  [...new Set(list.map((row) => JSON.stringify(row)))].sort().map((row) => JSON.parse(row) as string[]);

const ACTOR = '__typename ... on Country { iso3 } ... on Leader { id } ... on Organization { id }';
const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    lang
    mentions { entity { ${ACTOR} } }
    events { event { cameo source { ${ACTOR} } target { ${ACTOR} } } }
    sanctions { regime authority { ${ACTOR} } target { ${ACTOR} } }
  }
}`;

/**
 * The project's own test articles (tests/fixtures/articles, every language) go in through
 * the ingest mutation, as a client would send them, and come back out through the queries:
 * what the graph answers for each article is exactly what extraction found in it.
 */
describe('ingesting the test articles through the API and reading them back', () => {
  let api: ApiServer;

  const cleanUp = async () => {
    for (const fixture of fixtures) {
      await gql(
        api.url,
        'mutation D($id: ID!) { deleteArticle(id: $id) { deletedId } }',
        { id: urlOf(fixture.name) },
        AUTH,
      );
    }
  };

  beforeAll(async () => {
    api = await startApiServer();
    await prepareGraph(api.executor, createLogger('silent'));
    await cleanUp();
  });
  afterAll(async () => {
    await cleanUp();
    await api.close();
  });

  it('stores every article as NEW, then the same batch again as UNCHANGED', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    const mutation = `mutation Ingest($inputs: [ArticleInput!]!) {
      ingestArticles(inputs: $inputs) {
        __typename
        ... on IngestSuccess { index articleId status article { url } }
        ... on IngestFailure { index error { code message } }
      }
    }`;
    const inputs = fixtures.map((f) => ({
      url: urlOf(f.name),
      title: f.input.title,
      body: f.input.body,
      publishedAt: f.input.publishedAt,
    }));
    const expected = (status: string) => ({
      status: 200,
      body: {
        data: {
          ingestArticles: fixtures.map((f, index) => ({
            __typename: 'IngestSuccess',
            index,
            articleId: `Article:${urlOf(f.name)}`,
            status,
            article: { url: urlOf(f.name) },
          })),
        },
      },
    });
    expect(await gql(api.url, mutation, { inputs }, AUTH)).toEqual(expected('NEW'));
    expect(await gql(api.url, mutation, { inputs }, AUTH)).toEqual(expected('UNCHANGED'));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    'answers for %s exactly what extraction found',
    async (_name, fixture) => {
      const extraction = summarize(defaultExtractor().extract(fixture.input));
      expect(extraction.countries.length).toBeGreaterThan(0);
      const { status, body } = await gql(api.url, ARTICLE, { id: urlOf(fixture.name) });
      expect(status).toBe(200);
      const article = (body as { data: { article: ArticleView } }).data.article;
      const ofType = (type: string) =>
        [
          ...new Set(article.mentions.filter((m) => m.entity.__typename === type).map((m) => key(m.entity))),
        ].sort();
      expect({
        lang: article.lang,
        countries: ofType('Country'),
        leaders: ofType('Leader'),
        organizations: ofType('Organization'),
        events: rows(
          article.events.map(({ event }) => [event.cameo, actors(event.source), actors(event.target)]),
        ),
        sanctions: rows(article.sanctions.map((s) => [key(s.authority), key(s.target), s.regime ?? ''])),
      }).toEqual({
        lang: extraction.lang,
        countries: extraction.countries,
        leaders: extraction.leaders,
        organizations: extraction.organizations,
        events: rows(
          extraction.events.map(([cameo = '', source = '', target = '']) => [
            cameo,
            source.split('+').filter(Boolean).sort().join('+'),
            target.split('+').filter(Boolean).sort().join('+'),
          ]),
        ),
        sanctions: rows(
          extraction.sanctions.map(([by = '', target = '', regime = '']) => [
            graphAuthority(by, regime),
            target,
            regime,
          ]),
        ),
      });
    },
  );

  it('answers a former state as a country with no alpha-2 code, which ISO withdrew', async () => {
    const result = await gql(
      api.url,
      '{ sun: country(code: "SUN") { id iso2 name } isl: country(code: "IS") { id iso2 } }',
    );
    expect(result).toEqual({
      status: 200,
      body: {
        data: {
          sun: { id: 'Country:SUN', iso2: null, name: 'Soviet Union' },
          isl: { id: 'Country:ISL', iso2: 'IS' },
        },
      },
    });
  });

  it('returns a bad input as a typed IngestFailure and stores the rest', async () => {
    const result = await gql(
      api.url,
      `mutation { ingestArticle(input: { title: "empty", body: "" }) { __typename ... on IngestFailure { index error { code } } } }`,
      {},
      AUTH,
    );
    expect(result).toEqual({
      status: 200,
      body: {
        data: { ingestArticle: { __typename: 'IngestFailure', index: 0, error: { code: 'BAD_USER_INPUT' } } },
      },
    });
  });

  it('deletes an article: gone from every query, and deleting again finds nothing', async () => {
    const [first] = fixtures;
    if (!first) throw new Error('no fixtures');
    const del = 'mutation D($id: ID!) { deleteArticle(id: $id) { deletedId } }';
    expect(await gql(api.url, del, { id: `Article:${urlOf(first.name)}` }, AUTH)).toEqual({
      status: 200,
      body: { data: { deleteArticle: { deletedId: `Article:${urlOf(first.name)}` } } },
    });
    expect(
      await gql(api.url, '{ article(id: $id) { id } }'.replace('$id', JSON.stringify(urlOf(first.name)))),
    ).toEqual({
      status: 200,
      body: { data: { article: null } },
    });
    expect(await gql(api.url, del, { id: urlOf(first.name) }, AUTH)).toEqual({
      status: 200,
      body: { data: { deleteArticle: { deletedId: null } } },
    });
  });
});
