import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../src/extract/index.js';
import { f1, readGoldCorpus, scoreArticle, scoreCorpus } from '../../support/goldCorpus.js';

// Floors a little under what the extractor scores on the gold corpus (see bench/quality.ts): a
// change that loses more than a handful of countries or leaders in one language fails here, and
// `npx tsx bench/quality.ts --errors` says which.
const FLOORS = { countries: 0.97, leaders: 0.94 };

describe('the gold corpus', () => {
  const articles = readGoldCorpus();
  const byLang = scoreCorpus(defaultExtractor(), articles);

  it('holds articles in English, German and Icelandic', () => {
    expect([...byLang.keys()].sort()).toEqual(['de', 'en', 'is']);
    for (const lang of byLang.keys())
      expect(articles.filter((a) => a.lang === lang).length).toBeGreaterThan(40);
  });

  it.each(['de', 'en', 'is'])('finds the countries and leaders of the %s articles', (lang) => {
    const sum = byLang.get(lang);
    expect(sum).toBeDefined();
    if (!sum) return;
    expect(f1(sum.countries).f1).toBeGreaterThanOrEqual(FLOORS.countries);
    expect(f1(sum.leaders).f1).toBeGreaterThanOrEqual(FLOORS.leaders);
  });
});

describe('scoring against a gold', () => {
  const gold = {
    publishedAt: '2024-06-18',
    countries: ['RUS', 'PRK'],
    leaders: [
      { name: 'Vladimir Putin', id: 'vladimir-putin', country: 'RUS' },
      { name: 'Kim Jong-un', id: 'kim-jong-un', country: 'PRK' },
      // Wrong on purpose, to see a leader found with another country than the gold's.
      { name: 'Fumio Kishida', id: null, country: 'KOR' },
    ],
    borderline: { countries: ['CHN'], leaders: [] },
  };

  it('counts hits, misses, extras and a leader given the wrong country', () => {
    const extraction = defaultExtractor().extract({
      body: "Russia's President Vladimir Putin visited Pyongyang. China and Japan watched. Japanese Prime Minister Fumio Kishida spoke.",
      lang: 'en',
      publishedAt: '2024-06-18',
    });
    const score = scoreArticle(gold, extraction);
    expect(score.countries).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.leaders).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(score.errors).toEqual([
      'country FN PRK',
      'country FP JPN ["Japan","Japanese"]',
      'leader FN Kim Jong-un (PRK)',
      'leader WRONG COUNTRY Fumio Kishida: JPN, expected KOR',
    ]);
    expect(f1({ tp: 1, fp: 1, fn: 1 }).f1).toBeCloseTo(0.5);
  });
});
