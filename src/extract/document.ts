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

/**
 * A mention of a state at a token span. Every country mention is made here, so that all share one
 * key order, and so one hidden class: the code reading entities stays optimised only while they do.
 */
export function countryMention(
  first: number,
  last: number,
  sentence: number,
  id: string,
  via: EntityMention['via'],
): EntityMention {
  return { first, last, sentence, kind: 'country', id, country: id, via };
}

/** Whether a country mention is a capital or seat of government standing for its state (a metonym). */
export function bySeat(entity: EntityMention): boolean {
  return entity.kind === 'country' && (entity.via === 'seat' || entity.via === 'capital');
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
  /** The states a title several states' press use may name ("Health Secretary"); null for others. */
  among: readonly string[] | null;
}

/** What the helpers below read of a document: its text and its words. */
export type DocText = Pick<Doc, 'text' | 'tokens'>;

/**
 * Patterns the rules test gaps between words (`gapText`) and words against, made once here: a
 * regular expression literal inside a function is a new object at every call, and these run for
 * most words of every article.
 */
export const GAP = {
  /** A comma, spaces either side: "X, Y". */
  comma: /^\s*,\s*$/,
  /** Spaces only, at least one. */
  space: /^\s+$/,
  /** Nothing or spaces. */
  blank: /^\s*$/,
  /** A hyphen, then perhaps spaces: "félags- og". */
  hyphen: /^-\s*$/,
} as const;

/** An English possessive at a word's end: "Russia's", "Moscow’s". */
export const POSSESSIVE = /['’]s$/;

/** Text between two tokens (exclusive), e.g. to see whether only a space or a comma separates them. */
export function gapText(doc: DocText, left: number, right: number): string {
  if (!hasToken(doc, left) || !hasToken(doc, right)) return '';
  return doc.text.slice((doc.tokens[left] as Token).end, (doc.tokens[right] as Token).start);
}

/**
 * Whether there is a token at this index. The helpers here are asked of the words around others,
 * often one past either end; reading an array there costs an optimised caller a recompile the
 * first time it happens, in every function these are inlined into, so they test the bounds first.
 */
function hasToken(doc: DocText, index: number): boolean {
  return index >= 0 && index < doc.tokens.length;
}

/** Whether the token is written as a possessive ("Israel's", "the premier's"). */
export function possessiveAt(doc: Doc, index: number): boolean {
  if (!hasToken(doc, index)) return false;
  const token = doc.tokens[index] as Token;
  return POSSESSIVE.test(doc.text.slice(token.start, token.end));
}

/** Whether the token opens its sentence (where a capital says nothing of a name). */
export function opensSentence(doc: Doc, index: number): boolean {
  if (!hasToken(doc, index)) return false;
  return doc.sentenceTokens[(doc.tokens[index] as Token).sentence]?.[0] === index;
}

/**
 * True when nothing but white space, or a lone hyphen, (and, if allowed, one comma) lies between
 * two adjacent tokens; also when either is past an end of the text (nothing lies between). Read
 * character by character: it is asked for most pairs of words, where slicing the gap and running
 * a regular expression over it showed in profiles.
 */
export function adjacent(doc: DocText, left: number, right: number, allowComma = false): boolean {
  if (right !== left + 1) return false;
  if (!hasToken(doc, left) || !hasToken(doc, right)) return true;
  const text = doc.text;
  const from = (doc.tokens[left] as Token).end;
  const to = (doc.tokens[right] as Token).start;
  if (to - from === 1 && text.charCodeAt(from) === 45) return true;
  let commas = allowComma ? 1 : 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 && commas > 0) commas--;
    else if (!isWhiteSpace(code)) return false;
  }
  return true;
}

/** `\s` of a regular expression, for one UTF-16 code unit. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The token after `last` and the language's tie words that follow it (at most as many as it has):
 * where a state or region would start in "Finance Minister X of Brazil", "First Minister of Scotland".
 */
export function pastTieWords(doc: Doc, last: number): number {
  const tieWords = doc.lexicon.bundle.offices?.tieWords ?? [];
  let t = last + 1;
  while (t - last <= tieWords.length && tieWords.includes(doc.tokens[t]?.key ?? '')) t++;
  return t;
}
