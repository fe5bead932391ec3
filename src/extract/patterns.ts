import { normalizeKey } from './normalize.js';
import type { Token } from './tokenize.js';
import { WordMemo } from './vocabulary.js';

/** One word of a lexicon pattern: "visit" exact, "negotiat*" prefix, "*sanktion*" infix, "*x" suffix. */
interface WordTest {
  exact?: string;
  prefix?: string;
  suffix?: string;
  infix?: string;
}

/** A compiled pattern: words in order, `gapBefore[i]` words allowed before word i ("~" in the source). */
export interface CompiledPattern<T> {
  words: WordTest[];
  gapBefore: number[];
  data: T;
}

const GAP = 4;
const NO_MATCHES: ReadonlyArray<never> = [];
const NO_PATTERNS: ReadonlyArray<never> = [];

function compileWord(word: string): WordTest {
  const key = normalizeKey(word);
  const starts = key.startsWith('*');
  const ends = key.endsWith('*') && key.length > 1;
  const core = key.replace(/^\*|\*$/g, '');
  if (starts && ends) return { infix: core };
  if (starts) return { suffix: core };
  if (ends) return { prefix: core };
  return { exact: core };
}

/** A word's first two characters as a table index (NaN for a missing second one reads as 0). */
function pairSlot(word: string): number {
  return ((word.charCodeAt(0) & 0xff) << 8) | (word.charCodeAt(1) & 0xff);
}

function wordFits(test: WordTest, key: string): boolean {
  if (test.exact !== undefined) return key === test.exact;
  if (test.prefix !== undefined) return key.startsWith(test.prefix);
  if (test.suffix !== undefined) return key.endsWith(test.suffix);
  return key.includes(test.infix ?? '\u0000');
}

/** Adds the pattern to `found` when its first word fits the key. */
function fitting<T>(pattern: CompiledPattern<T>, key: string, found: CompiledPattern<T>[]): void {
  if (pattern.words[0] && wordFits(pattern.words[0], key)) found.push(pattern);
}

/**
 * A small matcher for lexicon patterns over tokens (event triggers, sanction words, reasons),
 * indexed by the first word so that a sentence is scanned once.
 */
export class PatternSet<T> {
  private readonly exact = new Map<string, CompiledPattern<T>[]>();
  /** Patterns whose first word is a prefix, by the `pairSlot` of its first two characters. */
  private readonly byPrefix = new Map<number, CompiledPattern<T>[]>();
  private readonly loose: CompiledPattern<T>[] = [];
  /**
   * First two characters of every exact or prefix head: a word starting otherwise starts no pattern,
   * which one array read tells before a map lookup. Null when a suffix or infix head can match any
   * word, or when the set remembers its candidates per word.
   */
  private readonly headPairs: Uint32Array | null;
  /** The candidates per word id, for sets asked about every word (see the constructor). */
  private readonly starts: WordMemo<readonly CompiledPattern<T>[]> | null;

  /**
   * `perWord` remembers, per word, which patterns it may start: for sets asked about every word of
   * many sentences (event triggers, sanction words), where working it out again for each
   * occurrence costs more than an array slot per word of the vocabulary.
   */
  constructor(entries: Iterable<[string, T]>, perWord = false) {
    this.starts = perWord ? new WordMemo((key) => this.candidatesFor(key)) : null;
    for (const [source, data] of entries) {
      const words: WordTest[] = [];
      const gapBefore: number[] = [];
      let gap = 0;
      for (const part of source.trim().split(/\s+/)) {
        if (part === '~') {
          gap = GAP;
          continue;
        }
        words.push(compileWord(part));
        gapBefore.push(gap);
        gap = 0;
      }
      const compiled = { words, gapBefore, data };
      const head = words[0];
      if (head?.exact !== undefined) {
        const list = this.exact.get(head.exact) ?? [];
        list.push(compiled);
        this.exact.set(head.exact, list);
      } else if (head?.prefix !== undefined && head.prefix.length >= 2) {
        const slot = pairSlot(head.prefix);
        const list = this.byPrefix.get(slot) ?? [];
        list.push(compiled);
        this.byPrefix.set(slot, list);
      } else if (head) this.loose.push(compiled);
    }
    // With a per-word memo the candidates are one array read by id, and for a word the bit test
    // would reject the memo holds no candidates: reading the word's characters (a scattered
    // string per token) costs more than it saves, so such sets keep no bits.
    if (this.loose.length > 0 || this.starts !== null) this.headPairs = null;
    else {
      // One bit per slot (8 KB): a language has dozens of small pattern sets.
      const bits = new Uint32Array(1 << 11);
      for (const slot of [...[...this.exact.keys()].map(pairSlot), ...this.byPrefix.keys()]) {
        bits[slot >>> 5] = (bits[slot >>> 5] ?? 0) | (1 << (slot & 31));
      }
      this.headPairs = bits;
    }
  }

  /** Whether the word at `index` can start a pattern at all, by its first two characters (one bit read). */
  private mayStart(tokens: readonly Token[], index: number): boolean {
    const token = tokens[index];
    if (!token) return false;
    if (this.headPairs === null) return true;
    const slot = pairSlot(token.key);
    return ((this.headPairs[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  /** Patterns matching at token `from` (within `[from, end)`), with the index of their last token. */
  matchAt(tokens: readonly Token[], from: number, end: number): ReadonlyArray<{ data: T; last: number }> {
    if (!this.mayStart(tokens, from)) return NO_MATCHES;
    const candidates = this.startingAt(tokens[from] as Token);
    if (candidates.length === 0) return NO_MATCHES;
    const out: Array<{ data: T; last: number }> = [];
    for (let i = 0; i < candidates.length; i++) {
      const pattern = candidates[i] as CompiledPattern<T>;
      const last = this.rest(pattern, tokens, from, end);
      if (last !== -1) out.push({ data: pattern.data, last });
    }
    return out;
  }

  /** The first token of `[from, end)` where a pattern matching within that range starts, or -1. */
  firstIn(tokens: readonly Token[], from: number, end: number): number {
    // Asked of every word of many sentences, and nearly always answered by the first-two-characters
    // bit: no list of matches is made, and the scan stops at the first word that starts one.
    for (let t = from; t < end; t++) {
      if (!this.mayStart(tokens, t)) continue;
      const candidates = this.startingAt(tokens[t] as Token);
      for (let i = 0; i < candidates.length; i++) {
        if (this.rest(candidates[i] as CompiledPattern<T>, tokens, t, end) !== -1) return t;
      }
    }
    return -1;
  }

  /** The patterns the token's word may start, remembered per word where the set was made so. */
  private startingAt(token: Token): readonly CompiledPattern<T>[] {
    return this.starts !== null ? this.starts.get(token.id, token.key) : this.candidatesFor(token.key);
  }

  /**
   * The patterns whose first word fits `key`, in the order exact, prefixed, loose. Without
   * `perWord`, worked out per token from the set's few small tables: a per-word map keyed by
   * string cost more to probe than it saved; the per-word memo is an array read by word id.
   */
  private candidatesFor(key: string): readonly CompiledPattern<T>[] {
    const exact = this.exact.get(key);
    const prefixed = this.byPrefix.get(pairSlot(key));
    if (prefixed === undefined && this.loose.length === 0) return exact ?? NO_PATTERNS;
    const found: CompiledPattern<T>[] = exact ? [...exact] : [];
    // Patterns of another first two characters may share a slot: each is checked against the word.
    // Index loops: see the note on per-word loops in PhraseMatcher.accept.
    const slot = prefixed ?? NO_PATTERNS;
    for (let i = 0; i < slot.length; i++) fitting(slot[i] as CompiledPattern<T>, key, found);
    for (let i = 0; i < this.loose.length; i++) fitting(this.loose[i] as CompiledPattern<T>, key, found);
    return found.length === 0 ? NO_PATTERNS : found;
  }

  private rest(pattern: CompiledPattern<T>, tokens: readonly Token[], from: number, end: number): number {
    let position = from;
    for (let w = 1; w < pattern.words.length; w++) {
      const test = pattern.words[w] as WordTest;
      const gap = pattern.gapBefore[w] ?? 0;
      let found = -1;
      for (let t = position + 1; t <= Math.min(end - 1, position + 1 + gap); t++) {
        if (wordFits(test, tokens[t]?.key ?? '')) {
          found = t;
          break;
        }
      }
      if (found === -1) return -1;
      position = found;
    }
    return position;
  }

  /** True when any pattern matches somewhere in `[from, end)`. */
  anyIn(tokens: readonly Token[], from: number, end: number): boolean {
    return this.firstIn(tokens, from, end) !== -1;
  }
}
