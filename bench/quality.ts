/**
 * Extraction quality on the gold corpus (tests/fixtures/gold): precision, recall and F1 of
 * countries and leaders per language and over all articles, micro-averaged. The extractor has
 * been corrected for errors these articles showed, so read the figures as a regression guard
 * and a trend; unseen articles score lower. `--errors` lists every error, article by article.
 *
 *   npx tsx bench/quality.ts [--errors] [--lang xx]
 */
import { parseArgs } from 'node:util';
import { defaultExtractor } from '../src/extract/index.js';
import {
  addTally,
  f1,
  type LanguageScore,
  readGoldCorpus,
  scoreCorpus,
  type Tally,
} from '../tests/support/goldCorpus.js';

const { values } = parseArgs({
  options: { errors: { type: 'boolean', default: false }, lang: { type: 'string' } },
});

const articles = readGoldCorpus().filter((a) => values.lang === undefined || a.lang === values.lang);
const byLang = scoreCorpus(defaultExtractor(), articles, (article, score) => {
  if (!values.errors || score.errors.length === 0) return;
  console.log(`${article.lang}/${article.slug} (${article.gold.publishedAt})`);
  for (const error of score.errors) console.log(`  ${error}`);
});
const zero: Tally = { tp: 0, fp: 0, fn: 0 };

const figure = (tally: Tally) => {
  const { precision, recall, f1: f } = f1(tally);
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f.toFixed(3)} (${tally.tp}/${tally.fp}/${tally.fn})`;
};
let all: LanguageScore = { articles: 0, countries: zero, leaders: zero };
console.log('\nlang  articles  countries (tp/fp/fn)                       leaders (tp/fp/fn)');
for (const [lang, sum] of [...byLang].sort()) {
  console.log(
    `${lang.padEnd(5)} ${String(sum.articles).padStart(8)}  ${figure(sum.countries).padEnd(42)} ${figure(sum.leaders)}`,
  );
  all = {
    articles: all.articles + sum.articles,
    countries: addTally(all.countries, sum.countries),
    leaders: addTally(all.leaders, sum.leaders),
  };
}
console.log(
  `${'all'.padEnd(5)} ${String(all.articles).padStart(8)}  ${figure(all.countries).padEnd(42)} ${figure(all.leaders)}`,
);
