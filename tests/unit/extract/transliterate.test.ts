import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/extract/index.js';
import { cyrillicSpellings } from '../../../src/extract/transliterate.js';

describe('cyrillicSpellings', () => {
  const resources = loadResources();
  const scheme = (lang: string) => resources.bundleFor(lang).language.fromCyrillic;

  it('respells English romanisations as German papers do (Duden)', () => {
    const german = (name: string) => cyrillicSpellings(name, scheme('de'))[0];
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

  it('respells them as Icelandic papers do, keeping the given name as written too', () => {
    expect(cyrillicSpellings('Kassym-Jomart Tokayev', scheme('is'))).toEqual([
      'Kassim-Jomart Tokajev',
      'Kassym-Jomart Tokajev',
    ]);
  });

  it('gives nothing for a language without a scheme, or a name spelled alike', () => {
    expect(cyrillicSpellings('Nursultan Nazarbayev', scheme('en'))).toEqual([]);
    expect(cyrillicSpellings('Putin', scheme('is'))).toEqual([]);
  });
});
