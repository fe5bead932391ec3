/**
 * Generated corpora of realistic news articles for benchmarks and the larger ingest tests:
 * paragraphs of the team's own articles (en, is, de), recombined per language by a seeded
 * generator, so runs are repeatable and every article is different.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { ExtractInput } from '../src/extract/index.js';
import type { ArticleInput } from '../src/ingest/articleInput.js';
import { projectPath } from '../src/paths.js';
import { readGoldCorpus } from '../tests/support/goldCorpus.js';

interface Source {
  lang: string;
  title: string;
  paragraphs: string[];
  publishedAt: string;
}

/** A small deterministic generator (LCG): the same seed gives the same corpus. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The team's fixture articles: first line the title, then the body's paragraphs. */
export function fixtureSources(): Source[] {
  const root = projectPath('tests', 'fixtures', 'articles');
  const out: Source[] = [];
  for (const lang of readdirSync(root).sort()) {
    for (const file of readdirSync(`${root}/${lang}`).sort()) {
      if (!file.endsWith('.txt')) continue;
      const [title = '', ...rest] = readFileSync(`${root}/${lang}/${file}`, 'utf8').split('\n');
      const expected = JSON.parse(
        readFileSync(`${root}/${lang}/${file.replace(/\.txt$/, '.expected.json')}`, 'utf8'),
      ) as {
        publishedAt: string;
      };
      out.push({
        lang,
        title,
        paragraphs: rest.filter((line) => line.trim() !== ''),
        publishedAt: expected.publishedAt,
      });
    }
  }
  return out;
}

/**
 * `count` articles, each a fixture's paragraphs plus others of the same language in a
 * shuffled order, with a URL under `urlPrefix` and a date spread over two years.
 */
export function generateArticles(count: number, urlPrefix: string, seed = 42): ArticleInput[] {
  const next = seeded(seed);
  const draw = recombiner(fixtureSources(), next);
  const articles: ArticleInput[] = [];
  for (let n = 0; n < count; n++) {
    const drawn = draw();
    if (!drawn) break;
    const { base, body } = drawn;
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 730) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    articles.push({
      url: `${urlPrefix}/${n}`,
      title: `${base.title} (${n})`,
      body: body.join('\n\n'),
      publishedAt: day,
      outlet: `outlet-${n % 12}.example`,
    });
  }
  return articles;
}

/** The gold corpus's articles (`tests/fixtures/gold`), split into paragraphs at blank lines. */
export function goldSources(): Source[] {
  return readGoldCorpus().map((article) => ({
    lang: article.lang,
    title: article.title ?? '',
    paragraphs: article.body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== ''),
    publishedAt: article.gold.publishedAt,
  }));
}

/**
 * About `megabytes` of articles for the extraction benchmark. Each is one of the team's articles
 * (the fixtures and the gold corpus: some 600 KB of distinct text, 1990-2025, in three languages)
 * with two to seven paragraphs of others of its language, shuffled: news-length articles, most
 * of whose words a long ingest has seen before, as in real news, but not all.
 */
export function extractionCorpus(megabytes: number, seed = 42): ExtractInput[] {
  const draw = recombiner([...fixtureSources(), ...goldSources()], seeded(seed));
  const articles: ExtractInput[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const drawn = draw();
    if (!drawn) break;
    const { base, body } = drawn;
    const article = { title: base.title, body: body.join('\n\n'), publishedAt: base.publishedAt };
    articles.push(article);
    bytes += Buffer.byteLength(article.title) + Buffer.byteLength(article.body);
  }
  return articles;
}

/**
 * Draws an article's paragraphs: a source article picked at random, with two to seven paragraphs
 * of others of its language, shuffled. Both corpora draw through it, so a seed gives the same
 * articles as before it was shared.
 */
function recombiner(pool: Source[], next: () => number): () => { base: Source; body: string[] } | null {
  const byLang = new Map<string, string[]>();
  for (const source of pool)
    byLang.set(source.lang, [...(byLang.get(source.lang) ?? []), ...source.paragraphs]);
  return () => {
    const base = pool[Math.floor(next() * pool.length)];
    if (!base) return null;
    const lines = byLang.get(base.lang) ?? [];
    const body = [...base.paragraphs];
    const extra = 2 + Math.floor(next() * 6);
    for (let i = 0; i < extra; i++) body.push(lines[Math.floor(next() * lines.length)] ?? '');
    shuffle(body, next);
    return { base, body };
  };
}

/** Fisher-Yates, in place, with the corpus's own generator. */
function shuffle(items: string[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] ?? '', items[i] ?? ''];
  }
}
