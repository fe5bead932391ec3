import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/extract/index.js';
import { nominativeName } from '../../../src/extract/nominative.js';

const icelandic = loadResources().bundleFor('is').language.personRules;

describe('nominativeName', () => {
  it('puts Icelandic names in oblique cases back in the nominative', () => {
    expect(
      [
        'Ólafar Nordal',
        'Áslaugu Örnu Sigurbjörnsdóttur',
        'Höllu Tómasdóttur',
        'Einari Þorsteinssyni',
        'Ragnars Arnalds',
        'Katrínar Jakobsdóttur',
        'Össurar Skarphéðinssonar',
        'Ingibjargar Sólrúnar Gísladóttur',
      ].map((name) => nominativeName(name, icelandic)),
    ).toEqual([
      'Ólöf Nordal',
      'Áslaug Arna Sigurbjörnsdóttir',
      'Halla Tómasdóttir',
      'Einar Þorsteinsson',
      'Ragnar Arnalds',
      'Katrín Jakobsdóttir',
      'Össur Skarphéðinsson',
      'Ingibjörg Sólrún Gísladóttir',
    ]);
  });

  it('leaves names alone whose short endings a nominative may have too', () => {
    expect(
      ['Einar Þorsteinsson', 'Jónas Hallgrímsson', 'Lars Løkke', 'Joe Biden'].map((name) =>
        nominativeName(name, icelandic),
      ),
    ).toEqual(['Einar Þorsteinsson', 'Jónas Hallgrímsson', 'Lars Løkke', 'Joe Biden']);
  });
});
