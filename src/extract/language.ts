import { franc } from 'franc-all';

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
// franc's trigram profile needs some text; beyond a few thousand characters more adds little.
const MIN_LENGTH = 40;
const SAMPLE_LENGTH = 3000;

/**
 * Detects the language of an article as an ISO 639-1 code. Restricted to languages near the ones
 * Newsgraph has lexicons for, so that Icelandic is not taken for Faroese or Norwegian on short text;
 * short text falls back on letters only some languages use, then on English.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (sample.replace(/\s+/g, ' ').trim().length >= MIN_LENGTH) {
    const code = franc(sample, { only: CANDIDATES, minLength: MIN_LENGTH });
    const mapped = ISO3_TO_1[code];
    if (mapped) return mapped;
  }
  if (/[ðþÞ]/.test(sample)) return 'is';
  if (/[äöüßÄÖÜ]/.test(sample)) return 'de';
  return 'en';
}
