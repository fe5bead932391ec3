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
  /** Words for days relative to the article's ("yesterday", "í gær"), by first word: a date search asks every word of a sentence. */
  relativeDaysByFirst: Map<string, Array<[string[], number]>>;
  /** Month words to month numbers; a Map so that words like "constructor" are not found on Object's prototype. */
  months: Map<string, number>;
  determiners: Set<string>;
  locatives: Set<string>;
}

const cache = new WeakMap<LanguageData, CompiledGrammar>();
const split = (list: readonly string[]) => list.map((phrase) => phrase.split(' '));

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
      relativeDaysByFirst: byFirstWord(
        Object.entries(grammar.relativeDays).map(([phrase, offset]) => [phrase.split(' '), offset]),
      ),
      months: new Map(Object.entries(grammar.months)),
      determiners: new Set(grammar.determiners ?? []),
      locatives: new Set(grammar.locatives ?? []),
    };
    cache.set(grammar, compiled);
  }
  return compiled;
}

/** True when the token keys from `at` on spell the words. */
export function wordsAt(keys: ReadonlyArray<{ key: string }>, words: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) if (keys[at + k]?.key !== words[k]) return false;
  return true;
}

/** Whether the token's word has the role in this grammar (false past the end of the tokens). */
export function wordIs(grammar: CompiledGrammar, token: Token | undefined, role: WordRole): boolean {
  return token !== undefined && (grammar.roles.get(token.id, token.key) & role) !== 0;
}
