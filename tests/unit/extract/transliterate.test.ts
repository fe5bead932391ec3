import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/extract/index.js';
import { accentedSpellings, respellings } from '../../../src/extract/transliterate.js';

describe('respellings', () => {
  const resources = loadResources();
  const scheme = (lang: string) => resources.bundleFor(lang).language.fromCyrillic;

  it('respells English romanisations as German papers do (Duden)', () => {
    const german = (name: string) => respellings(name, scheme('de'))[0];
    expect(
      [
        'Nursultan Nazarbayev',
        'Viktor Yanukovych',
        'Yulia Tymoshenko',
        'Boris Yeltsin',
        'Sergey Lavrov',
        'Kurmanbek Bakiyev',
      ].map(german),
    ).toEqual([
      'Nursultan Nasarbajew',
      'Wiktor Janukowitsch',
      'Julia Timoschenko',
      'Boris Jelzin',
      'Sergej Lawrow',
      'Kurmanbek Bakijew',
    ]);
  });

  it('respells a final -ei/-ai as -ej/-aj and an s between vowels as ss (German)', () => {
    const german = (name: string) => respellings(name, scheme('de'))[0];
    expect(['Andrei Belousov', 'Nikolai Patrushev', 'Vasily Nebenzya', 'Denis Manturov'].map(german)).toEqual(
      ['Andrej Beloussow', 'Nikolaj Patruschew', 'Wassili Nebensja', 'Denis Manturow'],
    );
  });

  it('respells them as Icelandic papers do, keeping the given name as written too', () => {
    expect(respellings('Kassym-Jomart Tokayev', scheme('is'))).toEqual([
      'Kassim-Jomart Tokajev',
      'Kassym-Jomart Tokajev',
    ]);
  });

  it('gives nothing for a language without a scheme, or a name spelled alike', () => {
    expect(respellings('Nursultan Nazarbayev', scheme('en'))).toEqual([]);
    expect(respellings('Putin', scheme('is'))).toEqual([]);
  });
});

describe('accentedSpellings', () => {
  it('accents the last word in every combination, for up to three letters', () => {
    expect(accentedSpellings('Islam Karimov', { i: 'í' })).toEqual(['Islam Karímov']);
    expect(accentedSpellings('Bakijev', { i: 'í', u: 'ú' })).toEqual(['Bakíjev']);
    expect(accentedSpellings('Mirziyoyev', { i: 'í' })).toEqual(['Mírziyoyev', 'Mirzíyoyev', 'Mírzíyoyev']);
    expect(accentedSpellings('Putin', { i: 'í', u: 'ú' })).toEqual(['Pútin', 'Putín', 'Pútín']);
  });

  it('accents every letter of the name in one more spelling ("Rústem Úmerov")', () => {
    expect(accentedSpellings('Rustem Umerov', { u: 'ú', U: 'Ú' })).toEqual([
      'Rustem Úmerov',
      'Rústem Úmerov',
    ]);
  });

  it('gives nothing without accents, or for a last word with none of their letters or more than three', () => {
    expect(accentedSpellings('Karimov', undefined)).toEqual([]);
    expect(accentedSpellings('Lavrov', { i: 'í' })).toEqual([]);
    expect(accentedSpellings('Iliiii', { i: 'í' })).toEqual([]);
  });
});
