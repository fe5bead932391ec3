import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSource } from '../../../src/ingest/sources/openSource.js';
import { collect } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));

describe('the ingest fixtures', () => {
  it('good/ yields exactly its five articles', async () => {
    const records = await collect(openSource(`${FIXTURES}good`, { fetchFeedItems: false }));
    expect(records).toEqual([
      {
        kind: 'article',
        location: `${FIXTURES}good/council.json:2`,
        input: {
          url: 'https://fixtures.newsgraph.test/2024/06/21/council',
          title: 'Öryggisráðið fundar',
          body: 'Öryggisráð Sameinuðu þjóðanna kom saman á föstudag til að ræða samning Rússlands og Norður-Kóreu.',
          lang: 'is',
        },
      },
      {
        kind: 'article',
        location: `${FIXTURES}good/sanctions.html`,
        input: {
          title: 'EU weighs new sanctions over arms transfers',
          body:
            "European Union foreign ministers discussed on Saturday whether to add North Korean officials to the bloc's sanctions list over arms transfers to Russia.\n\n" +
            'Several ministers said the new treaty between Moscow and Pyongyang made the question more urgent than before.',
          url: 'https://fixtures.newsgraph.test/2024/06/22/eu-sanctions',
          publishedAt: '2024-06-22T10:00:00.000Z',
          outlet: 'Newsgraph Fixtures',
          authors: ['Newsgraph Fixtures'],
          lang: 'en',
        },
      },
      {
        kind: 'article',
        location: `${FIXTURES}good/summit.md`,
        input: {
          title: 'Russian and North Korean leaders sign defence pact in Pyongyang',
          url: 'https://fixtures.newsgraph.test/2024/06/19/summit',
          lang: 'en',
          publishedAt: '2024-06-19',
          outlet: 'fixtures.newsgraph.test',
          authors: ['Newsgraph Fixtures'],
          body:
            'Russian and North Korean leaders sign defence pact in Pyongyang\n\n' +
            'Vladimir Putin arrived in Pyongyang on Wednesday for his first visit to North Korea in 24 years.\n\n' +
            'He and Kim Jong Un signed a comprehensive strategic partnership treaty that includes a pledge of mutual assistance if either country is attacked.\n\n' +
            'North Korea has been under United Nations sanctions since 2006 over its nuclear weapons programme.',
        },
      },
      {
        kind: 'article',
        location: `${FIXTURES}good/wires.ndjson:1`,
        input: {
          url: 'https://fixtures.newsgraph.test/2024/06/20/seoul',
          title: 'Seoul summons Russian ambassador',
          body: 'South Korea summoned the Russian ambassador on Thursday to protest the treaty signed in Pyongyang.',
          lang: 'en',
          publishedAt: '2024-06-20T08:00:00.000Z',
        },
      },
      {
        kind: 'article',
        location: `${FIXTURES}good/wires.ndjson:2`,
        input: {
          title: 'Japan voices concern',
          body: "Japan's chief cabinet secretary said Tokyo was gravely concerned about military cooperation between Russia and North Korea.",
          lang: 'en',
        },
      },
    ]);
  });

  it('bad/ yields one failure per bad input and still the good records between them', async () => {
    const records = await collect(openSource(`${FIXTURES}bad`, { fetchFeedItems: false }));
    const b = `${FIXTURES}bad/`;
    expect(records.map((r) => (r.kind === 'failure' ? r : { kind: r.kind, location: r.location }))).toEqual([
      { kind: 'failure', location: `${b}binary.txt`, reason: 'binary file (contains NUL bytes), not text' },
      { kind: 'failure', location: `${b}empty-page.html`, reason: 'no article text found' },
      { kind: 'failure', location: `${b}empty.rss`, reason: 'feed has no items' },
      {
        kind: 'failure',
        location: `${b}invalid.json:1`,
        reason: "invalid JSON: Expected ',' or '}' after property value in JSON at position 59",
      },
      { kind: 'failure', location: `${b}latin1.txt`, reason: 'invalid UTF-8 at byte 3' },
      {
        kind: 'failure',
        location: `${b}malformed.rss`,
        reason: 'malformed feed: the XML is not well-formed',
      },
      { kind: 'article', location: `${b}mixed.ndjson:1` },
      { kind: 'failure', location: `${b}mixed.ndjson:2`, reason: 'expected a JSON object, got an array' },
      { kind: 'failure', location: `${b}mixed.ndjson:3`, reason: 'body: is required and must be a string' },
      { kind: 'failure', location: `${b}mixed.ndjson:4`, reason: 'body: must not be empty' },
      { kind: 'article', location: `${b}mixed.ndjson:5` },
      { kind: 'gdeltEvent', location: `${b}short-row.export.CSV:1` },
      { kind: 'failure', location: `${b}short-row.export.CSV:2`, reason: 'row has 60 columns, expected 61' },
      { kind: 'gdeltEvent', location: `${b}short-row.export.CSV:3` },
    ]);
  });
});
