import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { demonymsOf, stateCodes } from './stateCodes.js';

const demonyms = demonymsOf('is');
// Every state, the Faroe Islands too: Icelandic papers report on them as on a state.
const STATES = stateCodes();

// Left out on purpose: a form here would name the wrong country, a region, or rest on a guess.
const WITHOUT_DEMONYM = [
  'ARE', // no adjective or demonym in use: the press writes "furstadæmin", already a name form
  'ATG', // Antigua and Barbuda: no adjective we are sure of
  'CAF', // "miðafrískur" is as often the region Central Africa as the republic
  'COG', // "kongóskur", "Kongómaður" are shared with the DR Congo (COD), which the press means more often
  'DMA', // "dóminískur" is the Dominican Republic's (DOM), which the press means far more often
  'GNB', // Guinea-Bissau: no adjective we are sure of ("gíneskur" is Guinea's)
  'GRD', // Grenada: no adjective we are sure of
  'HKG', // no adjective in use; "Hong Kong-búar" is already found by the name
  'KNA', // Saint Kitts and Nevis: no adjective we are sure of
  'LCA', // Saint Lucia: no adjective we are sure of
  'MAC', // no adjective in use; the press writes "íbúar Makaó"
  'MDG', // Madagascar: no adjective we are sure of
  'NRU', // Nauru: no adjective we are sure of (the name itself is spelt two ways)
  'PLW', // Palau: no adjective we are sure of
  'PNG', // "papúskur", "Papúar" as often mean the Papuans of Indonesia's Papua provinces
  'STP', // São Tomé and Príncipe: no adjective we are sure of
  'SYC', // Seychelles: no adjective we are sure of
  'TON', // Tonga: no adjective we are sure of
  'TUV', // Tuvalu: no adjective we are sure of
  'VAT', // no demonym: the press writes "Páfagarður" and "Vatíkanið", already names
  'VCT', // Saint Vincent and the Grenadines: no adjective we are sure of
  'VUT', // Vanuatu: no adjective we are sure of
];

const countriesIn = (body: string) =>
  extract({ body, lang: 'is', publishedAt: '2016-05-22' }).countries.map((c) => c.iso3);

/** A sentence with one form of the entry, mid-sentence so that its capitals are its own. */
function sentenceWith(entry: string): string {
  const [stem, kind] = entry.split('|');
  if (kind === 'adj') return `Í gær mótmæltu ${stem}ir ráðamenn harðlega.`;
  if (kind === 'weak' || kind === 'strong') return `Í gær mótmæltu ${stem}ar harðlega.`;
  if (kind === 'ir') return `Í gær mótmæltu ${stem}ir harðlega.`;
  if (kind === 'menn') return `Í gær mótmæltu ${stem}menn harðlega.`;
  return `Í gær mótmæltu ${stem} harðlega.`;
}

describe('Icelandic demonyms', () => {
  it('are listed for every UN member and observer and the seven others reported on as states', () => {
    // 193 members, the Holy See and Palestine, and FRO, GRL, HKG, MAC, PRI, TWN, XKK.
    expect(STATES.length).toBe(202);
    expect(STATES.filter((iso3) => !demonyms[iso3])).toEqual(WITHOUT_DEMONYM);
  });

  it('name each country alone, in an adjective or a noun', () => {
    const wrong: Array<[string, string, string[]]> = [];
    for (const [iso3, entries] of Object.entries(demonyms)) {
      for (const entry of entries) {
        const body = sentenceWith(entry);
        const found = countriesIn(body);
        if (found.length !== 1 || found[0] !== iso3) wrong.push([iso3, body, found]);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Gabonski herinn og kamerúnsk yfirvöld hafa samið um vopnahlé.', ['GAB', 'CMR']],
    ['Svartfellingar unnu Fílabeinsstrendinga í vináttuleik í gær.', ['MNE', 'CIV']],
    [
      'Ómönsk stjórnvöld miðluðu málum en suðursúdanskir flóttamenn streyma enn til Úganda.',
      ['OMN', 'SSD', 'UGA'],
    ],
    // The u-umlaut of an adjective's feminine and neuter plural ("ítalskur" but "ítölsk").
    ['Ítölsk og frönsk stjórnvöld fordæmdu árásina á japönsku skipin.', ['ITA', 'FRA', 'JPN']],
    // Declined names the package's nominatives do not give: not Guinea's, nor the other Congo's.
    ['Átök geisa í Lýðstjórnarlýðveldinu Kongó og á Papúa Nýju-Gíneu.', ['COD', 'PNG']],
  ])('%s', (body, expected) => {
    expect(countriesIn(body)).toEqual(expected);
  });
});
