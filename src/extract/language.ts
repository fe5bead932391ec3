import { francAll } from 'franc-all';
import { SurfaceTable } from './surfaceTable.js';
import { letterRunEnd } from './tokenize.js';

/** ISO 639-3 → 639-1 for the languages the detector may answer. */
const ISO3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  isl: 'is',
  deu: 'de',
  dan: 'da',
  nob: 'no',
  nno: 'no',
  swe: 'sv',
  fao: 'fo',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  pol: 'pl',
  fin: 'fi',
  rus: 'ru',
  ukr: 'uk',
};

const CANDIDATES = Object.keys(ISO3_TO_1);
const PREFERRED = new Set(['eng', 'isl', 'deu']);
// franc's trigram profile needs some text (below this, letters and defaults decide); beyond a
// few hundred characters more adds little.
const MIN_LENGTH = 40;
const SAMPLE_LENGTH = 600;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
// Letters Ukrainian writes and Russian does not.
const UKRAINIAN = /[іїєґІЇЄҐ]/;

/**
 * Detects the language of an article as an ISO 639-1 code. Restricted to languages near the ones
 * Newsgraph has lexicons for, so that Icelandic is not taken for Faroese or Norwegian on short text;
 * short text falls back on letters only some languages use, then on English.
 */
export function detectLanguage(text: string, stopwords?: ReadonlyMap<string, ReadonlySet<string>>): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const quick = stopwords ? byStopwords(sample, stopwords, 6, 3) : null;
  if (quick) return quick;
  // A few Cyrillic words are too little for trigrams ("Россия атаковала Украину." scored
  // Ukrainian); the script and Ukrainian's own letters tell them apart.
  // Counted only on short text: longer text goes to the trigrams, which tell them apart.
  if (sample.length < 200) {
    const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
    if (cyrillic > 0 && cyrillic * 2 >= (sample.match(LETTER)?.length ?? 0)) {
      return UKRAINIAN.test(sample) ? 'uk' : 'ru';
    }
  }
  if (sample.replace(/\s+/g, ' ').trim().length >= MIN_LENGTH) {
    const scores = francAll(sample, { only: CANDIDATES, minLength: MIN_LENGTH });
    const [best] = scores;
    if (best && best[0] !== 'und') {
      // On short text trigram scores of neighbours are close (one English sentence of 42
      // characters scored Finnish first, English at 0.82); a language with lexicons wins near-ties.
      const margin = sample.length < 100 ? 0.8 : sample.length < 400 ? 0.85 : 0.95;
      const close = scores.filter(([code, score]) => PREFERRED.has(code) && score >= margin);
      // Between two of them, function words decide: an English sentence full of names ("Former
      // prime minister Geir H. Haarde told reporters that…") scored German first.
      if (close.length > 1 && stopwords) {
        const told = byStopwords(sample, stopwords, 2, 2);
        if (told && close.some(([code]) => ISO3_TO_1[code] === told)) return told;
      }
      const mapped = ISO3_TO_1[close[0]?.[0] ?? best[0]];
      if (mapped) return mapped;
    }
  }
  // Too short for trigrams (which on a sentence of 20-odd characters answered Finnish for
  // English and Faroese for Icelandic): any function word of one language and none of another
  // ("Deutschland verurteilte den Iran."), then letters only some languages use.
  const weak = stopwords ? byStopwords(sample, stopwords, 1, 2) : null;
  if (weak) return weak;
  if (/[ðþÞ]/.test(sample)) return 'is';
  if (/[äöüßÄÖÜ]/.test(sample)) return 'de';
  return 'en';
}

// Each word is looked up once in a table of the languages listing it (in the order of the
// stopword map), rather than once per language.
interface StopwordTable {
  languages: Map<string, string[]>;
  /**
   * The same words probed by their range of the sample: a word in lower-case ASCII letters (most
   * of them) is its own lower-cased form, so it is looked up without cutting and lower-casing a
   * string per word.
   */
  byRange: SurfaceTable;
  /** The languages of each word in `byRange`, by the value the table gives. */
  lists: string[][];
  /** The longest stopword: longer words need neither lower-casing nor a lookup (lower-casing never shortens). */
  longest: number;
}

const tables = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, StopwordTable>();

function stopwordTable(stopwords: ReadonlyMap<string, ReadonlySet<string>>): StopwordTable {
  let table = tables.get(stopwords);
  if (!table) {
    const languages = new Map<string, string[]>();
    let longest = 0;
    for (const [lang, words] of stopwords) {
      for (const word of words) {
        longest = Math.max(longest, word.length);
        const langs = languages.get(word);
        if (langs) langs.push(lang);
        else languages.set(word, [lang]);
      }
    }
    const byRange = new SurfaceTable(Math.max(4, Math.ceil(Math.log2(languages.size + 1)) + 1));
    const lists: string[][] = [];
    for (const [word, langs] of languages) {
      byRange.set(word, lists.length);
      lists.push(langs);
    }
    table = { languages, byRange, lists, longest };
    tables.set(stopwords, table);
  }
  return table;
}

/**
 * Counts each language's commonest function words in the sample; the language with at least
 * `minHits` of them and `ratio` times the runner-up's count, or null. With a high bar it is a
 * cheap first look that spares the trigram model; with a low one, the last word on short text.
 * Words are the sample's runs of letters, walked with the tokenizer's character classes.
 */
function byStopwords(
  sample: string,
  stopwords: ReadonlyMap<string, ReadonlySet<string>>,
  minHits: number,
  ratio: number,
): string | null {
  const table = stopwordTable(stopwords);
  const hits = new Map<string, number>();
  let i = 0;
  while (i < sample.length) {
    const end = letterRunEnd(sample, i);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i <= table.longest) {
      let langs: string[] | undefined;
      if (isLowerAscii(sample, i, end)) {
        const found = table.byRange.get(sample, i, end);
        if (found !== -1) langs = table.lists[found];
      } else langs = table.languages.get(sample.slice(i, end).toLowerCase());
      if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
    i = end;
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && first[1] >= minHits && first[1] >= ratio * (second?.[1] ?? 0)) return first[0];
  return null;
}

/** Whether `text[start, end)` is all lower-case ASCII letters (then lower-casing leaves it as it is). */
function isLowerAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
