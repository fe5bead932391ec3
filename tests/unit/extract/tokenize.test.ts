import { describe, expect, it } from 'vitest';
import { letterRunEnd, tokenize, WORD_PATTERN } from '../../../src/extract/tokenize.js';
import { loadFixtures } from './summary.js';

/** The word spans the defining regular expression finds. */
function regexSpans(text: string): Array<[number, number]> {
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

function walkSpans(text: string): Array<[number, number]> {
  return tokenize(text, [], []).map((t) => [t.start, t.end]);
}

/** A small deterministic generator so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Characters that exercise every branch: ASCII and accented letters, capitals for acronyms, dots,
// both apostrophes, digits (also non-ASCII ones), combining marks, astral letters, a lone
// surrogate, hyphens, spaces and punctuation.
const POOL = [
  'a',
  'Z',
  'U',
  'S',
  'é',
  'Ð',
  'þ',
  'ß',
  'İ',
  '.',
  '.',
  "'",
  '’',
  '1',
  '٣',
  '\u0301',
  '\u0308',
  '𝐀',
  '𐐀',
  '\ud800',
  '-',
  '‑',
  ' ',
  ' ',
  '\n',
  ',',
  '(',
  'ǅ',
  'ʼ',
];

describe('tokenize() walks the text exactly as WORD_PATTERN matches it', () => {
  it('on random strings of tricky characters', () => {
    const next = random(1234);
    const mismatches: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += POOL[Math.floor(next() * POOL.length)];
      if (JSON.stringify(walkSpans(text)) !== JSON.stringify(regexSpans(text))) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('on every fixture article', () => {
    for (const fixture of loadFixtures()) {
      const text = `${fixture.input.title}\n\n${fixture.input.body}`;
      expect(walkSpans(text)).toEqual(regexSpans(text));
    }
  });
});

/** Letter runs as language detection walks them, and as `/\p{L}+/gu` finds them. */
function letterWalk(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const end = letterRunEnd(text, i);
    if (end === i) i++;
    else {
      out.push([i, end]);
      i = end;
    }
  }
  return out;
}

describe('letterRunEnd() walks letter runs exactly as /\\p{L}+/gu matches them', () => {
  it('on random strings of tricky characters and on every fixture article', () => {
    const next = random(99);
    const texts = loadFixtures().map((fixture) => `${fixture.input.title}\n\n${fixture.input.body}`);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += POOL[Math.floor(next() * POOL.length)];
      texts.push(text);
    }
    const mismatches = texts.filter((text) => {
      const regex = [...text.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length]);
      return JSON.stringify(letterWalk(text)) !== JSON.stringify(regex);
    });
    expect(mismatches).toEqual([]);
  });
});

describe('tokenize() keys and shapes', () => {
  // Plain ASCII words take a one-pass path; possessives, acronyms, apostrophes, hyphen-joined and
  // non-ASCII words the general one. Expected values are those of the tokenizer before the split.
  it('gives each kind of word its key, shape and joined flag', () => {
    const text =
      "NATO's U.S. chief Xi met x and 2024 A Ab AB aB 3D iPhone ab’s Ísland Norður-Kóreu US-Präsident don't Scholz' O'Brien end";
    const seen = tokenize(text, [], []).map((t) => [t.start, t.end, t.key, t.shape, t.joined]);
    expect(seen).toEqual([
      [0, 6, 'nato', 2, false],
      [7, 11, 'us', 2, false],
      [12, 17, 'chief', 0, false],
      [18, 20, 'xi', 1, false],
      [21, 24, 'met', 0, false],
      [25, 26, 'x', 0, false],
      [27, 30, 'and', 0, false],
      [31, 35, '2024', 3, false],
      [36, 37, 'a', 1, false],
      [38, 40, 'ab', 1, false],
      [41, 43, 'ab', 2, false],
      [44, 46, 'ab', 0, false],
      [47, 49, '3d', 3, false],
      [50, 56, 'iphone', 0, false],
      [57, 61, 'ab', 0, false],
      [62, 68, 'ísland', 1, false],
      [69, 75, 'norður', 1, false],
      [76, 81, 'kóreu', 1, true],
      [82, 84, 'us', 2, false],
      [85, 94, 'präsident', 1, true],
      [95, 100, "don't", 0, false],
      [101, 107, 'scholz', 1, false],
      [109, 116, "o'brien", 1, false],
      [117, 120, 'end', 0, false],
    ]);
  });
});
