import { describe, expect, it } from 'vitest';
import { SurfaceTable } from '../../../src/extract/surfaceTable.js';

/** Every word's value as the table answers it, probed by its range in `text`. */
function lookUp(table: SurfaceTable, text: string, words: readonly string[]): number[] {
  return words.map((word) => {
    const start = text.indexOf(word);
    return table.get(text, start, start + word.length);
  });
}

describe('SurfaceTable', () => {
  it('finds words by their range of a text, and tells apart words that share a prefix or length', () => {
    const table = new SurfaceTable(4);
    table.set('Kyiv', 1);
    table.set('Kyi', 2);
    table.set('Þýskaland', 3);
    const text = 'in Kyiv, Kyi and Þýskaland but not Kiev or Kyiw';
    expect(lookUp(table, text, ['Kyiv', 'Kyi ', 'Kyi', 'Þýskaland', 'Kiev', 'Kyiw', 'in'])).toEqual([
      1, -1, 2, 3, -1, -1, -1,
    ]);
  });

  it('keeps every word while it fills up, growing its character pool, and starts afresh when half full', () => {
    // 2^17 slots keep 65,536 words; their characters (over 300,000) outgrow the initial pool.
    const table = new SurfaceTable(17);
    const words = Array.from({ length: 65_536 }, (_, n) => `word${n}`);
    for (let n = 0; n < words.length; n++) table.set(words[n] ?? '', n);
    const text = words.join(' ');
    let start = 0;
    const found: number[] = [];
    for (const word of words) {
      found.push(table.get(text, start, start + word.length));
      start += word.length + 1;
    }
    expect(found).toEqual(words.map((_, n) => n));

    table.set('one more', 7);
    expect(lookUp(table, `${words[0]} one more`, [words[0] ?? '', 'one more'])).toEqual([-1, 7]);
  });

  it('holds integers from 0 to 2^31 - 1 and refuses other values', () => {
    const table = new SurfaceTable(4);
    table.set('zero', 0);
    table.set('most', 0x7fffffff);
    expect(lookUp(table, 'zero most', ['zero', 'most'])).toEqual([0, 0x7fffffff]);
    expect(() => table.set('negative', -1)).toThrow(RangeError);
    expect(() => table.set('fraction', 1.5)).toThrow(RangeError);
    expect(() => table.set('too large', 2 ** 31)).toThrow(RangeError);
    expect(lookUp(table, 'negative fraction', ['negative', 'fraction'])).toEqual([-1, -1]);
  });
});
