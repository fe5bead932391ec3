import type { Lexicon } from './lexicon.js';
import type { SentenceSpan } from './sentences.js';
import type { Token } from './tokenize.js';
import type { LeaderRole } from './types.js';

/** A calendar date the article gives itself (its publication date). */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

/** The article as the stages see it: text, tokens, sentences and the compiled lexicon. */
export interface Doc {
  text: string;
  lang: string;
  lexicon: Lexicon;
  tokens: Token[];
  sentences: SentenceSpan[];
  /** For each sentence, [first token, end token) indexes. */
  sentenceTokens: Array<[number, number]>;
  date: DayDate | null;
}

export type EntityKind = 'country' | 'leader' | 'org' | 'place';

/** An entity found at a token span. `country` is the state a leader, place or office belongs to. */
export interface EntityMention {
  kind: EntityKind;
  id: string;
  first: number;
  last: number;
  sentence: number;
  country: string | null;
  /** Set on country mentions that came from a seat or capital (metonyms), and on demonyms. */
  via: 'name' | 'demonym' | 'seat' | 'capital' | 'leader' | 'org' | 'place';
}

/** An office title at a token span, with the country the text ties to it when it does. */
export interface OfficeMention {
  role: LeaderRole;
  first: number;
  last: number;
  sentence: number;
  country: string | null;
  /** True when the title and the country are one word ("Rússlandsforseti", "US-Präsident"). */
  compound: boolean;
}

/** Text between two tokens (exclusive), e.g. to see whether only a space or a comma separates them. */
export function gapText(doc: Doc, left: number, right: number): string {
  const a = doc.tokens[left];
  const b = doc.tokens[right];
  if (!a || !b) return '';
  return doc.text.slice(a.end, b.start);
}

/** Whether the token is written as a possessive ("Israel's", "the premier's"). */
export function possessiveAt(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return token !== undefined && /['’]s$/.test(doc.text.slice(token.start, token.end));
}

/** Whether the token opens its sentence (where a capital says nothing of a name). */
export function opensSentence(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  return token !== undefined && doc.sentenceTokens[token.sentence]?.[0] === index;
}

/** True when nothing but spaces (and, if allowed, one comma) lies between two adjacent tokens. */
export function adjacent(doc: Doc, left: number, right: number, allowComma = false): boolean {
  if (right !== left + 1) return false;
  const gap = gapText(doc, left, right);
  return allowComma ? /^\s*,?\s*$/.test(gap) || /^-$/.test(gap) : /^(?:\s*|-)$/.test(gap);
}
