import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { tokenize } from '../../../src/extract/tokenize.js';
import {
  renewIfFull,
  vocabularyGeneration,
  WordFlag,
  WordMemo,
  wordId,
} from '../../../src/extract/vocabulary.js';
import { loadFixtures } from './summary.js';

/** Interns enough made-up words to fill the vocabulary, so that the next article renews it. */
function fillVocabulary(): void {
  for (let n = 0; n < 400_000; n++) wordId(`filler-${n}`);
}

describe('word ids', () => {
  it('give one id per key, and a memo computes each answer once per generation', () => {
    const asked: string[] = [];
    const memo = new WordMemo((key) => {
      asked.push(key);
      return key.length;
    });
    const [a, b, c] = tokenize('Moscow moscow Kyiv', [], []);
    expect([a?.id === b?.id, a?.id === c?.id]).toEqual([true, false]);
    const first = [a, b, c].map((t) => memo.get(t?.id ?? -1, t?.key ?? ''));
    expect({ first, asked }).toEqual({ first: [6, 6, 4], asked: ['moscow', 'kyiv'] });

    const generation = vocabularyGeneration();
    fillVocabulary();
    renewIfFull();
    expect(vocabularyGeneration()).toBe(generation + 1);
    // After the renewal the memo must not answer from the old ids: a word taking an old id of
    // another word would otherwise get that word's answer.
    const [kyiv] = tokenize('Kyiv', [], []);
    expect(memo.get(kyiv?.id ?? -1, kyiv?.key ?? '')).toBe(4);
    expect(asked).toEqual(['moscow', 'kyiv', 'kyiv']);
  });

  it('give a flag per id, computed once per generation, for ids past the initial table too', () => {
    const asked: string[] = [];
    const flag = new WordFlag((key) => {
      asked.push(key);
      return key.startsWith('k');
    });
    // An id far past the flag's first 1,024 bytes makes it grow.
    const far = wordId(`far-${Math.random()}`) + 5000;
    const [kyiv, moscow, again] = tokenize('Kyiv Moscow kyiv', [], []);
    const first = [kyiv, moscow, again].map((t) => flag.get(t?.id ?? -1, t?.key ?? ''));
    const grown = flag.get(far, 'kansas');
    expect({ first, grown, asked }).toEqual({
      first: [true, false, true],
      grown: true,
      asked: ['kyiv', 'moscow', 'kansas'],
    });

    fillVocabulary();
    renewIfFull();
    const [renewed] = tokenize('Kyiv', [], []);
    expect(flag.get(renewed?.id ?? -1, renewed?.key ?? '')).toBe(true);
    expect(asked).toEqual(['kyiv', 'moscow', 'kansas', 'kyiv']);
  });

  it('leave extraction unchanged when the vocabulary is renewed between articles', () => {
    const fixtures = loadFixtures();
    const before = fixtures.map((fixture) => extract(fixture.input));
    const generation = vocabularyGeneration();
    fillVocabulary();
    const after = fixtures.map((fixture) => extract(fixture.input));
    expect({ renewed: vocabularyGeneration() === generation + 1, after }).toEqual({
      renewed: true,
      after: before,
    });
  });
});
