import { normalizeKey } from './normalize.js';

/** How a token is written, which decides whether a capitalised lexicon form may match it. */
export const Shape = { Lower: 0, Capitalized: 1, Upper: 2, Other: 3 } as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

/** A word of the article with its place in the text. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased key, without an English possessive "'s". */
  key: string;
  shape: Shape;
  /** Written straight after a hyphen that joins it to the previous word ("Norður-Kóreu", "US-Präsident"). */
  joined: boolean;
  /** Index of the sentence the token lies in. */
  sentence: number;
}

// A dotted acronym ("U.S.", "U.N.") is one token; otherwise words are runs of letters, marks and
// digits, with an inner apostrophe kept ("d'Ivoire", "Moscow's").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

function shapeOf(surface: string): Shape {
  const first = surface.charAt(0);
  const lowerFirst = first.toLowerCase();
  if (first === lowerFirst) return first.toUpperCase() === first ? Shape.Other : Shape.Lower;
  if (surface.length > 1 && surface === surface.toUpperCase()) return Shape.Upper;
  return Shape.Capitalized;
}

/**
 * Splits text into word tokens. `skip` holds sorted, non-overlapping [start, end) ranges of
 * boilerplate whose words are dropped; `sentenceOf` maps an offset to its sentence index.
 */
export function tokenize(
  text: string,
  skip: ReadonlyArray<readonly [number, number]>,
  sentenceOf: (offset: number) => number,
): Token[] {
  const tokens: Token[] = [];
  let skipIndex = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const surface = match[0];
    const end = start + surface.length;
    while (skipIndex < skip.length && (skip[skipIndex]?.[1] ?? 0) <= start) skipIndex++;
    const range = skip[skipIndex];
    if (range && range[0] <= start && start < range[1]) continue;
    let key = normalizeKey(surface);
    if (key.includes('.')) key = key.replace(/\./g, '');
    else if (key.endsWith("'s")) key = key.slice(0, -2);
    else if (key.endsWith("s'")) key = key.slice(0, -1);
    const before = text.charCodeAt(start - 1);
    const joined = (before === 45 || before === 0x2011) && /[\p{L}\p{N}]/u.test(text.charAt(start - 2));
    tokens.push({ start, end, key, shape: shapeOf(surface), joined, sentence: sentenceOf(start) });
  }
  return tokens;
}

/** Tokenises a lexicon phrase the same way as article text, keeping each word's shape. */
export function tokenizePhrase(phrase: string): Array<{ key: string; shape: Shape; joined: boolean }> {
  return tokenize(phrase, [], () => 0).map((token) => ({
    key: token.key,
    shape: token.shape,
    joined: token.joined,
  }));
}
