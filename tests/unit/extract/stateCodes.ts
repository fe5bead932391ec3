import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { projectPath } from '../../../src/paths.js';

// Dependent territories, uninhabited islands and Western Sahara: i18n-iso-countries gives them
// codes, but they are no UN member or observer. Greenland, Puerto Rico, Hong Kong, Macao, Taiwan
// and Kosovo stay in, being reported on as states are; the Faroe Islands are left to each test.
// biome-ignore format: a table of codes reads better in rows
const TERRITORIES = new Set([
  'ABW', 'AIA', 'ALA', 'ASM', 'ATA', 'ATF', 'BES', 'BLM', 'BMU', 'BVT', 'CCK', 'COK', 'CUW',
  'CXR', 'CYM', 'ESH', 'FLK', 'GGY', 'GIB', 'GLP', 'GUF', 'GUM', 'HMD', 'IMN', 'IOT', 'JEY',
  'MAF', 'MNP', 'MSR', 'MTQ', 'MYT', 'NCL', 'NFK', 'NIU', 'PCN', 'PYF', 'REU', 'SGS', 'SHN',
  'SJM', 'SPM', 'SXM', 'TCA', 'TKL', 'UMI', 'VGB', 'VIR', 'WLF',
]);

/** The alpha-3 codes of the states the press reports on as states, sorted, without `leaveOut`. */
export function stateCodes(leaveOut: readonly string[] = []): string[] {
  return Object.keys(countries.getAlpha3Codes())
    .filter((iso3) => !TERRITORIES.has(iso3) && !leaveOut.includes(iso3))
    .sort();
}

/** The demonyms of a language's country lexicon (`data/lexicons/<lang>/countries.json`). */
export function demonymsOf(lang: string): Record<string, string[]> {
  const lexicon = JSON.parse(
    readFileSync(projectPath('data', 'lexicons', lang, 'countries.json'), 'utf8'),
  ) as {
    demonyms: Record<string, string[]>;
  };
  return lexicon.demonyms;
}
