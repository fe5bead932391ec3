import { describe, expect, it } from 'vitest';
import { adjacent, type DocText } from '../../../src/extract/document.js';
import { tokenize } from '../../../src/extract/tokenize.js';
import { uniformShape, uniformShaper } from '../../../src/extract/uniformShape.js';

function doc(text: string): DocText {
  return { text, tokens: tokenize(text, [], []) };
}

/** The definition `adjacent` walks by hand: white space or a lone hyphen, and one comma if allowed. */
function byRegex(gap: string, allowComma: boolean): boolean {
  return allowComma ? /^\s*,?\s*$/.test(gap) || /^-$/.test(gap) : /^(?:\s*|-)$/.test(gap);
}

describe('adjacent', () => {
  it('agrees with its regular-expression definition on every gap of these characters', () => {
    const pieces = [
      ' ',
      '  ',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\n',
      '\t',
      ',',
      '-',
      '–',
      '.',
      '\u0085',
      '\u200b',
    ];
    const gaps = [''];
    for (const a of pieces) {
      gaps.push(a);
      for (const b of pieces) gaps.push(a + b);
    }
    for (const gap of gaps) {
      const d = doc(`Alpha${gap}beta`);
      if (d.tokens.length !== 2) continue;
      for (const allowComma of [false, true])
        expect([gap, allowComma, adjacent(d, 0, 1, allowComma)]).toEqual([
          gap,
          allowComma,
          byRegex(gap, allowComma),
        ]);
    }
  });

  it('holds only for neighbours, and past either end of the text as nothing lies between', () => {
    const d = doc('Vladimir Putin said');
    expect(adjacent(d, 0, 2)).toBe(false);
    expect(adjacent(d, -1, 0)).toBe(true);
    expect(adjacent(d, 2, 3)).toBe(true);
  });
});

describe('uniformShape', () => {
  it('gives every record every key, in one order, and keeps their values', () => {
    const records: Array<{ id: string; parent?: string; kind?: string }> = [
      { id: 'a' },
      { kind: 'x', id: 'b', parent: 'a' },
    ];
    const shaped = uniformShape(records);
    expect(shaped.map((r) => Object.keys(r))).toEqual([
      ['id', 'kind', 'parent'],
      ['id', 'kind', 'parent'],
    ]);
    expect(shaped).toEqual(records);
    expect(shaped[0]?.parent).toBeUndefined();
  });

  it('keeps keys its shaper was not made from, after the others', () => {
    const shape = uniformShaper<Record<string, number>>([{ a: 1 }]);
    expect(Object.entries(shape({ b: 2, a: 3 }))).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});
