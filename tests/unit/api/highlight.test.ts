import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/graphql/services/highlight.js';

describe('highlight', () => {
  it('finds words by prefix, ignoring case and accents, with their ranges in the passage', () => {
    expect(highlight('body', 'Pútín hitti Kim. Putin og Kim.', ['putin'])).toEqual({
      field: 'body',
      text: 'Pútín hitti Kim. Putin og Kim.',
      matches: [
        { start: 0, end: 5 },
        { start: 17, end: 22 },
      ],
    });
    expect(highlight('title', 'Nothing here', ['putin'])).toBeUndefined();
  });

  it('cuts a passage around the first match in a long text', () => {
    const text = `${'a '.repeat(100)}sanctions${' b'.repeat(100)}`;
    const result = highlight('body', text, ['sanction']);
    expect(result).toEqual({ field: 'body', text: text.slice(120, 289), matches: [{ start: 80, end: 89 }] });
  });
});

/** The definition, written plainly: fold every word, keep the hits inside the first hit's window. */
function reference(field: string, text: string, words: readonly string[]) {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = words.map(fold);
  const hits = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((token) =>
    wanted.some((word) => fold(token[0]).startsWith(word)),
  );
  const first = hits[0];
  if (first?.index === undefined) return undefined;
  const start = Math.max(0, first.index - 80);
  const end = Math.min(text.length, first.index + first[0].length + 80);
  const matches = hits
    .filter((hit) => (hit.index ?? 0) >= start && (hit.index ?? 0) + hit[0].length <= end)
    .map((hit) => ({ start: (hit.index ?? 0) - start, end: (hit.index ?? 0) - start + hit[0].length }));
  return { field, text: text.slice(start, end), matches };
}

describe('highlight against its plain definition', () => {
  const texts = [
    'Pútín hitti Kim Jong-un í Pjongjang. PUTIN og Kim; Pútíns ræða — Ísland, Œuvre, İstanbul, straße.',
    `Sanctions ${'x '.repeat(60)}sanctioned ${'y '.repeat(30)}SANCTIONS against Iran. Σύνοδος ΣΎΝΟΔΟΣ σύνοδος.`,
    'Ünterstützung für die Ukraine: Außenministerin Baerbock, Bundesaußenminister, UNO, ÜBER, uber.',
    'Café CAFÉ café cafe\u0301 naïve NAÏVE 2017 2017-07-01 ½ ǅemal ǆ',
  ];
  const queries = [
    ['putin'],
    ['Pút'],
    ['kim', 'pjong'],
    ['sanction'],
    ['iran', 'sanctions'],
    ['σύνοδος'],
    ['ΣΥΝ'],
    ['über'],
    ['aussen', 'außen'],
    ['cafe'],
    ['naive'],
    ['2017'],
    ['istanbul'],
    ['\u0301'],
    ['dzemal', 'ǆ'],
    ['nothing'],
  ];
  it('gives the same passage and ranges for every text and query', () => {
    for (const text of texts) {
      for (const words of queries) {
        expect(highlight('body', text, words), `${words.join(' ')} in ${text.slice(0, 20)}`).toEqual(
          reference('body', text, words),
        );
      }
    }
  });
});
