import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { projectPath } from '../../../src/paths.js';

interface GermanCountryLexicon {
  demonyms: Record<string, string[]>;
}

const lexicon = JSON.parse(
  readFileSync(projectPath('data', 'lexicons', 'de', 'countries.json'), 'utf8'),
) as GermanCountryLexicon;

// Dependent territories, uninhabited islands and Western Sahara: i18n-iso-countries gives them
// codes, but they are no UN member or observer. Greenland, Puerto Rico, Hong Kong, Macao, Taiwan
// and Kosovo stay in, being reported on as states are.
// biome-ignore format: a table of codes reads better in rows
const NOT_STATES = new Set([
  'ABW', 'AIA', 'ALA', 'ASM', 'ATA', 'ATF', 'BES', 'BLM', 'BMU', 'BVT', 'CCK', 'COK', 'CUW',
  'CXR', 'CYM', 'ESH', 'FLK', 'FRO', 'GGY', 'GIB', 'GLP', 'GUF', 'GUM', 'HMD', 'IMN', 'IOT',
  'JEY', 'MAF', 'MNP', 'MSR', 'MTQ', 'MYT', 'NCL', 'NFK', 'NIU', 'PCN', 'PYF', 'REU', 'SGS',
  'SHN', 'SJM', 'SPM', 'SXM', 'TCA', 'TKL', 'UMI', 'VGB', 'VIR', 'WLF',
]);

const STATES = Object.keys(countries.getAlpha3Codes())
  .filter((iso3) => !NOT_STATES.has(iso3))
  .sort();

// Left out on purpose: an adjective here would name the wrong country or no country at all.
const WITHOUT_DEMONYM = [
  'CAF', // "zentralafrikanisch" is as often the region Central Africa as the republic
  'COG', // "kongolesisch", "Kongolese" are shared with the DR Congo (COD), which the press means more often
  'KNA', // German has no adjective for St. Kitts und Nevis ("von St. Kitts und Nevis")
];

const countriesIn = (body: string) =>
  extract({ body, lang: 'de', publishedAt: '2016-05-22' }).countries.map((c) => c.iso3);

describe('German demonyms', () => {
  it('are listed for every UN member and observer and the six others reported on as states', () => {
    // 193 members, the Holy See and Palestine, and GRL, HKG, MAC, PRI, TWN, XKK.
    expect(STATES.length).toBe(201);
    expect(STATES.filter((iso3) => !lexicon.demonyms[iso3])).toEqual(WITHOUT_DEMONYM);
  });

  it('name each country alone, in an adjective or a noun', () => {
    const wrong: Array<[string, string, string[]]> = [];
    for (const [iso3, entries] of Object.entries(lexicon.demonyms)) {
      for (const entry of entries) {
        const [stem, kind] = entry.split('|');
        const body =
          kind === 'adj'
            ? `Ein Sprecher der ${stem}en Regierung widersprach.`
            : kind === 'e'
              ? `Viele ${stem}en protestierten am Montag.`
              : `Viele ${stem} protestierten am Montag.`;
        const found = countriesIn(body);
        if (found.length !== 1 || found[0] !== iso3) wrong.push([iso3, body, found]);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Die gabunische Armee und die kamerunische Regierung riefen zur Ruhe auf.', ['GAB', 'CMR']],
    ['Der montenegrinische Ministerpräsident traf in Brüssel ein.', ['MNE']],
    [
      'Ivorische Truppen sicherten die Grenze, während Hongkonger Demonstranten vor das Parlament zogen.',
      ['CIV', 'HKG'],
    ],
    [
      'Samoanische Fischer und Macauer Casinobetreiber klagten über die Lage auf den Kapverden.',
      ['WSM', 'MAC', 'CPV'],
    ],
    // "salomonisch" is left out: a judgement of Solomon names no state.
    ['Das Gericht fällte ein salomonisches Urteil, die Salomoner blieben fern.', ['SLB']],
  ])('%s', (body, expected) => {
    expect(countriesIn(body)).toEqual(expected);
  });
});
