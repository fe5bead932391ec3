/**
 * The gold corpus: news articles the team wrote in English, German and Icelandic, each with the
 * countries and leaders a careful reader finds in it, written down before the extractor ran on
 * it. The extractor was later corrected for errors these articles showed, so its score here is a
 * regression guard and a trend, not an unseen-data estimate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Extraction, Extractor } from '../../src/extract/index.js';
import { projectPath } from '../../src/paths.js';

const goldLeader = z.object({
  name: z.string().min(1),
  id: z.string().min(1).nullable(),
  country: z.string().length(3).nullable(),
  why: z.string().optional(),
});

const gold = z.object({
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  countries: z.array(z.string().length(3)),
  leaders: z.array(goldLeader),
  borderline: z
    .object({
      countries: z.array(z.string().length(3)).default([]),
      leaders: z.array(goldLeader).default([]),
    })
    .default({ countries: [], leaders: [] }),
});

export type Gold = z.infer<typeof gold>;
type GoldLeader = z.infer<typeof goldLeader>;

export interface GoldArticle {
  lang: string;
  slug: string;
  title?: string;
  body: string;
  gold: Gold;
}

export const GOLD_CORPUS_DIR = projectPath('tests', 'fixtures', 'gold');

/** A first line followed by a blank line is the title, as `newsgraph extract` reads a file. */
function splitTitle(text: string): { title?: string; body: string } {
  const match = /^([^\n]{1,300})\r?\n\r?\n/.exec(text);
  if (!match?.[1]) return { body: text };
  return { title: match[1].trim(), body: text.slice(match[0].length) };
}

export function readGoldCorpus(root = GOLD_CORPUS_DIR): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const langs = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const lang of langs.map((entry) => entry.name).sort()) {
    for (const file of readdirSync(`${root}/${lang}`).sort()) {
      if (!file.endsWith('.txt')) continue;
      const slug = file.slice(0, -'.txt'.length);
      const parsed = gold.safeParse(JSON.parse(readFileSync(`${root}/${lang}/${slug}.gold.json`, 'utf8')));
      if (!parsed.success) throw new Error(`${lang}/${slug}.gold.json: ${parsed.error.message}`);
      articles.push({
        lang,
        slug,
        ...splitTitle(readFileSync(`${root}/${lang}/${file}`, 'utf8')),
        gold: parsed.data,
      });
    }
  }
  return articles;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  countries: Tally;
  leaders: Tally;
  /** One line per error, e.g. `leader FP saddam-hussein (IRQ)`. */
  errors: string[];
}

/** Names compared without case, accents, punctuation or spacing: "Pútín" = "putin". */
function normalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ð/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

type FoundLeader = Extraction['leaders'][number];

/** Edits (insertions, deletions, substitutions) between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function sameLeader(goldLeader: GoldLeader, found: FoundLeader): boolean {
  if (goldLeader.id !== null && goldLeader.id === found.id) return true;
  const name = normalName(goldLeader.name);
  if (name === normalName(found.name) || found.mentions.some((m) => normalName(m.text) === name)) return true;
  // Someone the reference data lacks is named as the text spells them, and the annotator may
  // have written another transliteration: "Joav Gallant" for Yoav Gallant, "Salam Fajad".
  return (
    goldLeader.id === null &&
    found.wikidata === null &&
    found.country === goldLeader.country &&
    (normalName(goldLeader.name.split(' ').at(-1) ?? '') === normalName(found.name.split(' ').at(-1) ?? '') ||
      editDistance(name, normalName(found.name)) <= 2)
  );
}

/**
 * Countries by ISO code; leaders by canonical id or by name, and a leader found with the wrong
 * country counts as both a false positive and a false negative. Borderline items are neither
 * required nor held against the extractor.
 */
export function scoreArticle(expected: Gold, extraction: Extraction): ArticleScore {
  const errors: string[] = [];
  const countries: Tally = { tp: 0, fp: 0, fn: 0 };
  const foundCountries = new Set(extraction.countries.map((c) => c.iso3));
  const goldCountries = new Set(expected.countries);
  const borderlineCountries = new Set(expected.borderline.countries);
  for (const iso3 of goldCountries) {
    if (foundCountries.has(iso3)) countries.tp++;
    else {
      countries.fn++;
      errors.push(`country FN ${iso3}`);
    }
  }
  for (const country of extraction.countries) {
    if (goldCountries.has(country.iso3) || borderlineCountries.has(country.iso3)) continue;
    countries.fp++;
    errors.push(`country FP ${country.iso3} ${JSON.stringify(country.mentions.map((m) => m.text))}`);
  }

  const leaders: Tally = { tp: 0, fp: 0, fn: 0 };
  const unmatched = [...extraction.leaders];
  const take = (goldLeader: GoldLeader): FoundLeader | undefined => {
    const index = unmatched.findIndex((found) => sameLeader(goldLeader, found));
    return index < 0 ? undefined : unmatched.splice(index, 1)[0];
  };
  for (const goldLeader of expected.leaders) {
    const found = take(goldLeader);
    if (!found) {
      leaders.fn++;
      errors.push(`leader FN ${goldLeader.name} (${goldLeader.country ?? 'none'})`);
    } else if (found.country !== goldLeader.country) {
      leaders.fp++;
      leaders.fn++;
      errors.push(
        `leader WRONG COUNTRY ${goldLeader.name}: ${found.country ?? 'none'}, expected ${goldLeader.country ?? 'none'}`,
      );
    } else leaders.tp++;
  }
  for (const goldLeader of expected.borderline.leaders) take(goldLeader);
  for (const found of unmatched) {
    leaders.fp++;
    errors.push(
      `leader FP ${found.id} (${found.country ?? 'none'}) ${JSON.stringify(found.mentions.map((m) => m.text))}`,
    );
  }
  return { countries, leaders, errors };
}

export function addTally(sum: Tally, more: Tally): Tally {
  return { tp: sum.tp + more.tp, fp: sum.fp + more.fp, fn: sum.fn + more.fn };
}

export function f1(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp);
  const recall = tally.tp + tally.fn === 0 ? 1 : tally.tp / (tally.tp + tally.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

export interface LanguageScore {
  articles: number;
  countries: Tally;
  leaders: Tally;
}

/**
 * Extracts each article (its own date and language, as `newsgraph extract` would be told them)
 * and sums the scores per language; `each` sees every article's own score.
 */
export function scoreCorpus(
  extractor: Extractor,
  articles: readonly GoldArticle[],
  each?: (article: GoldArticle, score: ArticleScore) => void,
): Map<string, LanguageScore> {
  const zero: Tally = { tp: 0, fp: 0, fn: 0 };
  const byLang = new Map<string, LanguageScore>();
  for (const article of articles) {
    const score = scoreArticle(
      article.gold,
      extractor.extract({
        title: article.title,
        body: article.body,
        lang: article.lang,
        publishedAt: article.gold.publishedAt,
      }),
    );
    each?.(article, score);
    const sum = byLang.get(article.lang) ?? { articles: 0, countries: zero, leaders: zero };
    byLang.set(article.lang, {
      articles: sum.articles + 1,
      countries: addTally(sum.countries, score.countries),
      leaders: addTally(sum.leaders, score.leaders),
    });
  }
  return byLang;
}
