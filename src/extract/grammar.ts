import type { LanguageData } from './resources.js';

/** A language's multi-word lexicon entries split into words once, for matching against token keys. */
export interface CompiledGrammar {
  clauseBreaks: string[][];
  /** First words of the clause breaks and reason markers: most tokens start neither, which a set tells at once. */
  clauseBreakFirst: Set<string>;
  reasonFirst: Set<string>;
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
  conjunctions: Set<string>;
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
    compiled = {
      clauseBreaks: split(grammar.clauseBreaks),
      clauseBreakFirst: new Set(split(grammar.clauseBreaks).map((words) => words[0] ?? '')),
      reasonFirst: new Set(split(grammar.markers.reason).map((words) => words[0] ?? '')),
      agent: split(grammar.markers.agent),
      reason: split(grammar.markers.reason),
      since: split(grammar.markers.since),
      metonymBefore: split(grammar.metonymContext.before),
      metonymAfter: new Set(grammar.metonymContext.after),
      metonymSkip: new Set(grammar.metonymContext.skip ?? []),
      relativeDaysByFirst: byFirstWord(
        Object.entries(grammar.relativeDays).map(([phrase, offset]) => [phrase.split(' '), offset]),
      ),
      months: new Map(Object.entries(grammar.months)),
      conjunctions: new Set(grammar.conjunctions),
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
