import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { demonymsOf, stateCodes } from './stateCodes.js';

const demonyms = demonymsOf('de');
// Every state; the Faroe Islands, a territory of Denmark, are left out here.
const STATES = stateCodes(['FRO']);

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
    expect(STATES.filter((iso3) => !demonyms[iso3])).toEqual(WITHOUT_DEMONYM);
  });

  it('name each country alone, in an adjective or a noun', () => {
    const wrong: Array<[string, string, string[]]> = [];
    for (const [iso3, entries] of Object.entries(demonyms)) {
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
