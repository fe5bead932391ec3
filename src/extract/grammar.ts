import { mapped } from './lists.js';
import { normalizeKey } from './normalize.js';
import type { LanguageData } from './resources.js';
import type { Token } from './tokenize.js';
import { WordMemo } from './vocabulary.js';

/** Word roles looked up for every word of a sentence with a trigger (see `wordIs`). */
export const WordRole = { OpensClauseBreak: 1, OpensReason: 2, Conjunction: 4 } as const;
export type WordRole = (typeof WordRole)[keyof typeof WordRole];

/** A language's multi-word lexicon entries split into words once, for matching against token keys. */
export interface CompiledGrammar {
  clauseBreaks: string[][];
  /**
   * The `WordRole` bits of each word, by word id: the clause-break, reason-marker and conjunction
   * scans ask them of every word of a sentence, and most words have none.
   */
  roles: WordMemo<number>;
  agent: string[][];
  reason: string[][];
  since: string[][];
  metonymBefore: string[][];
  metonymAfter: Set<string>;
  metonymSkip: Set<string>;
  metonymObjectOf: string[][];
  metonymObjectThen: Set<string>;
  /** Cues that mark a name as no leader's ("spokesman", "chief executive"): see `nonLeaderCues`. */
  nonLeaderCues: string[][];
  /** See `relationNouns`, split into words. */
  relationNouns: string[][];
  /** Words between a name and its title ("as", "stays on as"): see `titleLinks`. */
  titleLinks: string[][];
  /** Words opening a party or body after a name, before its title link ("of the"): see `affiliations`. */
  affiliations: string[][];
  /** See `institutionsOf` and `institutionsAfter` in language.json, split into words. */
  institutionsOf: string[][];
  institutionsAfter: string[][];
  /** Words for days relative to the article's ("yesterday", "í gær"), by first word: a date search asks every word of a sentence. */
  relativeDaysByFirst: Map<string, Array<[string[], number]>>;
  /** Month words to month numbers; a Map so that words like "constructor" are not found on Object's prototype. */
  months: Map<string, number>;
  determiners: Set<string>;
  /** Words before a noun (articles, preposition-article contractions): see `nounMarkers` in language.json. */
  nounMarkers: Set<string>;
  locatives: Set<string>;
  negations: Set<string>;
  /** See `regionalTies` in language.json, split into normalised words (hyphens split too). */
  regionalTies: PhraseIndex;
}

const cache = new WeakMap<LanguageData, CompiledGrammar>();
const split = (list: readonly string[]) => mapped(list, (phrase) => phrase.split(' '));

function byFirstWord(entries: Array<[string[], number]>): Map<string, Array<[string[], number]>> {
  const out = new Map<string, Array<[string[], number]>>();
  for (const entry of entries) {
    const first = entry[0][0] ?? '';
    const list = out.get(first);
    if (list) list.push(entry);
    else out.set(first, [entry]);
  }
  return out;
}

/** The compiled form of a language's grammar data, built on first use. */
export function compiledGrammar(grammar: LanguageData): CompiledGrammar {
  let compiled = cache.get(grammar);
  if (!compiled) {
    const clauseBreaks = split(grammar.clauseBreaks);
    const reason = split(grammar.markers.reason);
    const clauseBreakFirst = new Set(clauseBreaks.map((words) => words[0] ?? ''));
    const reasonFirst = new Set(reason.map((words) => words[0] ?? ''));
    const conjunctions = new Set(grammar.conjunctions);
    compiled = {
      clauseBreaks,
      roles: new WordMemo(
        (key) =>
          (clauseBreakFirst.has(key) ? WordRole.OpensClauseBreak : 0) |
          (reasonFirst.has(key) ? WordRole.OpensReason : 0) |
          (conjunctions.has(key) ? WordRole.Conjunction : 0),
      ),
      agent: split(grammar.markers.agent),
      reason,
      since: split(grammar.markers.since),
      metonymBefore: split(grammar.metonymContext.before),
      metonymAfter: new Set(grammar.metonymContext.after),
      metonymSkip: new Set(grammar.metonymContext.skip ?? []),
      metonymObjectOf: split(grammar.metonymContext.objectOf ?? []),
      metonymObjectThen: new Set(grammar.metonymContext.objectThen ?? []),
      nonLeaderCues: split(grammar.nonLeaderCues),
      relationNouns: split(grammar.relationNouns ?? []),
      titleLinks: split(grammar.titleLinks ?? []),
      affiliations: split(grammar.affiliations ?? []),
      institutionsOf: split(grammar.institutionsOf ?? []),
      institutionsAfter: split(grammar.institutionsAfter ?? []),
      relativeDaysByFirst: byFirstWord(
        Object.entries(grammar.relativeDays).map(([phrase, offset]) => [phrase.split(' '), offset]),
      ),
      months: new Map(Object.entries(grammar.months)),
      determiners: new Set(grammar.determiners ?? []),
      nounMarkers: new Set(grammar.nounMarkers ?? []),
      locatives: new Set(grammar.locatives ?? []),
      regionalTies: new PhraseIndex(
        (grammar.regionalTies ?? []).map((phrase) => phrase.split(/[\s-]+/).map(normalizeKey)),
      ),
      negations: new Set(grammar.negations ?? []),
    };
    cache.set(grammar, compiled);
  }
  return compiled;
}

/**
 * Phrases indexed by their first and last words: asked of every title whether one ends right
 * before it or starts right after it, a list of a hundred regions would otherwise be walked each time.
 */
export class PhraseIndex {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();

  constructor(phrases: readonly string[][]) {
    for (const words of phrases) {
      if (words.length === 0) continue;
      PhraseIndex.add(this.byFirst, words[0] ?? '', words);
      PhraseIndex.add(this.byLast, words[words.length - 1] ?? '', words);
    }
  }

  private static add(index: Map<string, string[][]>, key: string, words: string[]): void {
    const list = index.get(key);
    if (list) list.push(words);
    else index.set(key, [words]);
  }

  /** The phrase whose words end at token `at`, all in sentence `sentence`; the longest of several. */
  endingAt(tokens: readonly Token[], at: number, sentence: number | undefined): string[] | undefined {
    let best: string[] | undefined;
    for (const words of this.byLast.get(tokens[at]?.key ?? '') ?? [])
      if ((best === undefined || words.length > best.length) && wordsEndAt(tokens, words, at, sentence))
        best = words;
    return best;
  }

  /** The phrase whose words start at token `at`, all in sentence `sentence`; the longest of several. */
  startingAt(tokens: readonly Token[], at: number, sentence: number | undefined): string[] | undefined {
    let best: string[] | undefined;
    for (const words of this.byFirst.get(tokens[at]?.key ?? '') ?? [])
      if (
        (best === undefined || words.length > best.length) &&
        wordsEndAt(tokens, words, at + words.length - 1, sentence)
      )
        best = words;
    return best;
  }
}

/** True when the token keys from `at` on spell the words. */
export function wordsAt(keys: ReadonlyArray<{ key: string }>, words: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) if (keys[at + k]?.key !== words[k]) return false;
  return true;
}

/** Whether the words end at token `at`, every one of them in sentence `sentence`. */
export function wordsEndAt(
  tokens: readonly Token[],
  words: readonly string[],
  at: number,
  sentence: number | undefined,
): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at - k];
    if (!token || token.sentence !== sentence || token.key !== words[words.length - 1 - k]) return false;
  }
  return true;
}

/** Whether the token's word has the role in this grammar (false past the end of the tokens). */
export function wordIs(grammar: CompiledGrammar, token: Token | undefined, role: WordRole): boolean {
  return token !== undefined && (grammar.roles.get(token.id, token.key) & role) !== 0;
}

/** How far before a trigger or sanction word a negation still denies it ("did not impose sanctions"). */
const NEGATION_REACH = 3;

/**
 * Whether a negation word stands among the few words before `at` (not before `from`, the start
 * of the clause) or inside `[at, last]` (a split trigger: "verhängte keine … Sanktionen"): what
 * is denied did not happen, so it is neither an event nor a sanction.
 */
export function negatedAt(
  grammar: CompiledGrammar,
  tokens: readonly Token[],
  from: number,
  at: number,
  last: number,
): boolean {
  if (grammar.negations.size === 0) return false;
  for (let t = Math.max(from, at - NEGATION_REACH); t <= last; t++) {
    const key = tokens[t]?.key;
    if (key !== undefined && grammar.negations.has(key)) return true;
  }
  return false;
}
