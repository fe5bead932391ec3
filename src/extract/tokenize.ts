import { normalizeKey } from './normalize.js';
import type { SentenceSpan } from './sentences.js';
import { SurfaceTable } from './surfaceTable.js';
import { vocabularyGeneration, wordId, wordKey } from './vocabulary.js';

/** How a token is written, which decides whether a capitalised lexicon form may match it. */
export const Shape = { Lower: 0, Capitalized: 1, Upper: 2, Other: 3 } as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

/** A word of the article with its place in the text. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased key, without an English possessive "'s". */
  key: string;
  /** The key's id in the vocabulary, for per-word answers the lexicons remember (see `WordMemo`). */
  id: number;
  shape: Shape;
  /** Written straight after a hyphen that joins it to the previous word ("Norður-Kóreu", "US-Präsident"). */
  joined: boolean;
  /** Index of the sentence the token lies in. */
  sentence: number;
}

// Words are what the regular expression below matches: a dotted acronym ("U.S.", "U.N.") is one
// token; otherwise a run of letters, marks and digits, with an inner apostrophe kept ("d'Ivoire",
// "Moscow's"). The tokeniser walks the text by hand with a per-character class table instead of
// running it, which is several times faster; `WORD_PATTERN` stays as the definition the unit tests
// compare the walk against.
export const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
const UPPER = 8;
const KNOWN = 16;
const WORD = LETTER | MARK | DIGIT;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_UPPER = /^\p{Lu}$/u;
// Classes of the Basic Multilingual Plane, filled in as characters are first seen; ASCII is filled
// at once, since nearly every character of an article is ASCII and its class is then one array read.
const bmpClasses = new Uint8Array(0x10000);

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_MARK.test(ch) ? MARK : 0) |
    (IS_DIGIT.test(ch) ? DIGIT : 0) |
    (IS_UPPER.test(ch) ? UPPER : 0) |
    KNOWN
  );
}

for (let cp = 0; cp < 0x80; cp++) bmpClasses[cp] = computeClass(cp);

function classOf(cp: number): number {
  if (cp >= 0x10000) return computeClass(cp);
  let c = bmpClasses[cp] ?? 0;
  if (c === 0) {
    c = computeClass(cp);
    bmpClasses[cp] = c;
  }
  return c;
}

/** `[\p{Lu}\p{N}]` for one UTF-16 unit (a lone surrogate is neither). */
export function isUpperOrNumber(unit: number): boolean {
  return ((bmpClasses[unit] || classOf(unit)) & (UPPER | DIGIT)) !== 0;
}

/** End of a dotted acronym of two or more capitals starting at `i`, or -1. */
function acronymEnd(text: string, i: number): number {
  let j = i;
  let count = 0;
  while (j < text.length) {
    const cp = text.codePointAt(j) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if ((classOf(cp) & UPPER) === 0 || text.charCodeAt(j + width) !== 46) break;
    j += width + 1;
    count++;
  }
  return count >= 2 ? j : -1;
}

/** End of the run of characters of the given classes starting at `i`. */
function runEnd(text: string, i: number, classes: number): number {
  let j = i;
  while (j < text.length) {
    const unit = text.charCodeAt(j);
    // Outside the surrogate range a UTF-16 unit is the whole character: no code point to decode.
    if (unit < 0xd800 || unit > 0xdfff) {
      if (((bmpClasses[unit] || classOf(unit)) & classes) === 0) break;
      j++;
      continue;
    }
    const cp = text.codePointAt(j) ?? 0;
    if ((classOf(cp) & classes) === 0) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** End of the run of letters (`\p{L}`) starting at `i`; `i` itself when there is no letter there. */
export function letterRunEnd(text: string, i: number): number {
  return runEnd(text, i, LETTER);
}

/** End of a word starting at `i`: letters, marks and digits, then apostrophe-joined letter runs. */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i, WORD);
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== 39 && c !== 0x2019) return j;
    const after = runEnd(text, j + 1, LETTER | MARK);
    if (after === j + 1) return j;
    j = after;
  }
}

function shapeOf(surface: string): Shape {
  const first = surface.charAt(0);
  const lowerFirst = first.toLowerCase();
  if (first === lowerFirst) return first.toUpperCase() === first ? Shape.Other : Shape.Lower;
  if (surface.length > 1 && surface === surface.toUpperCase()) return Shape.Upper;
  return Shape.Capitalized;
}

/** Lower-cased key without an English possessive; `ascii` skips the Unicode normalisation ASCII never needs. */
function keyOf(surface: string, ascii: boolean): string {
  const key = ascii ? surface.toLowerCase() : normalizeKey(surface);
  if (key.includes('.')) return key.replace(/\./g, '');
  if (key.endsWith("'s")) return key.slice(0, -2);
  if (key.endsWith("s'")) return key.slice(0, -1);
  return key;
}

// What one pass over an ASCII word tells besides its shape (bits above the two shape bits).
const HAS_UPPER = 4;
const HAS_MARKS = 8;

/**
 * `shapeOf` for an ASCII word from character codes alone, in one pass, with HAS_UPPER when it
 * needs lower-casing and HAS_MARKS when it holds an apostrophe or a dot (a possessive to drop, an
 * acronym's dots to remove); -1 when the word is not ASCII.
 */
function asciiShape(surface: string): number {
  let lowerAfterFirst = false;
  let flags = 0;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code > 0x7e) return -1;
    if (code >= 97 && code <= 122) {
      if (i > 0) lowerAfterFirst = true;
    } else if (code >= 65 && code <= 90) flags |= HAS_UPPER;
    else if (code === 39 || code === 46) flags |= HAS_MARKS;
  }
  const first = surface.charCodeAt(0);
  if (first >= 97 && first <= 122) return flags | Shape.Lower;
  if (first < 65 || first > 90) return flags | Shape.Other;
  if (surface.length === 1 || lowerAfterFirst) return flags | Shape.Capitalized;
  return flags | Shape.Upper;
}

/** `keyOf(surface, true)` for an ASCII word, skipping the steps `asciiShape` found it does not need. */
function asciiKey(surface: string, flags: number): string {
  if ((flags & HAS_MARKS) !== 0) return keyOf(surface, true);
  return (flags & HAS_UPPER) !== 0 ? surface.toLowerCase() : surface;
}

// An English possessive's "s" is no part of how the word is written: "UAE's" and "NATO's" are
// acronyms in capitals, which is what lets an entry written "UAE" match them.
const POSSESSIVE_S = /['’]s$/;

/** A written word's key id and shape, packed as `id * 4 + shape` (see `words`). */
function wordOf(surface: string): number {
  const ascii = asciiShape(surface);
  const key = ascii !== -1 ? asciiKey(surface, ascii) : keyOf(surface, false);
  const stem = surface.length > 3 && POSSESSIVE_S.test(surface) ? surface.slice(0, -2) : surface;
  const shape = stem !== surface ? shapeOf(stem) : ascii !== -1 ? ((ascii & 3) as Shape) : shapeOf(surface);
  return wordId(key) * 4 + shape;
}

// Key, shape and id depend on the written word alone, and an article repeats its words: each
// distinct word is worked out once (the lookup is needed anyway for the id, which the later
// stages look their answers up by). The table holds the id and shape packed in one integer, and
// the key is the vocabulary's for the id. It keeps up to 2^17 words, and is emptied when the
// vocabulary starts a new generation of ids.
const words = new SurfaceTable(18);
let wordsGeneration = vocabularyGeneration();

function wordAt(text: string, start: number, end: number): number {
  let word = words.get(text, start, end);
  if (word === -1) {
    const surface = text.slice(start, end);
    word = wordOf(surface);
    words.set(surface, word);
  }
  return word;
}

/**
 * Splits text into word tokens. `skip` holds sorted, non-overlapping [start, end) ranges of
 * boilerplate whose words are dropped; `sentences` are the text's sentences in order, each token
 * getting the index of the one it lies in (or the one before; 0 when there are none).
 */
export function tokenize(
  text: string,
  skip: ReadonlyArray<readonly [number, number]>,
  sentences: readonly SentenceSpan[],
): Token[] {
  if (wordsGeneration !== vocabularyGeneration()) {
    words.clear();
    wordsGeneration = vocabularyGeneration();
  }
  const tokens: Token[] = [];
  let skipIndex = 0;
  // Tokens come in text order, so the sentence index only moves forward.
  let sentence = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    let cls: number;
    if (unit < 0xd800 || unit > 0xdfff) cls = bmpClasses[unit] || classOf(unit);
    else {
      const cp = text.codePointAt(i) ?? 0;
      cls = classOf(cp);
      if ((cls & WORD) === 0) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    if ((cls & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    // Only a capital followed by a dot can open a dotted acronym; most words are not one.
    const acronym =
      (cls & UPPER) !== 0 && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46)
        ? acronymEnd(text, i)
        : -1;
    const end = acronym !== -1 ? acronym : wordEnd(text, i);
    i = end;
    while (skipIndex < skip.length && (skip[skipIndex]?.[1] ?? 0) <= start) skipIndex++;
    const range = skip[skipIndex];
    if (range && range[0] <= start && start < range[1]) continue;
    while (sentence + 1 < sentences.length && (sentences[sentence + 1]?.start ?? 0) <= start) sentence++;
    const before = text.charCodeAt(start - 1);
    const joined = (before === 45 || before === 0x2011) && LETTER_OR_DIGIT.test(text.charAt(start - 2));
    const word = wordAt(text, start, end);
    const id = word >>> 2;
    tokens.push({ start, end, key: wordKey(id), id, shape: (word & 3) as Shape, joined, sentence });
  }
  return tokens;
}
