import { Shape, type Token, tokenize } from './tokenize.js';
import { WordFlag, WordMemo } from './vocabulary.js';

/** How a lexicon phrase may be found: as written, only as the first part of a compound, or both. */
export type PhraseMode = 'exact' | 'compound' | 'both';

interface Terminal<P> {
  payload: P;
  shapes: Shape[];
  mode: PhraseMode;
}

interface TrieNode<P> {
  /** Null until a longer phrase passes through: most nodes end a phrase and have no children. */
  children: Map<string, TrieNode<P>> | null;
  terminals: Terminal<P>[];
}

interface CharNode {
  next: Map<string, CharNode>;
  terminal: boolean;
}

/** A phrase added with `PhraseMatcher.defer`, as its resolver gives it. */
export interface DeferredPhrase<P> {
  phrase: PhraseKeys;
  payload: P;
  mode: PhraseMode;
}

/** One match: tokens `first..last` (inclusive); `head` is the rest of a compound ("forseti"). */
export interface PhraseMatch<P> {
  first: number;
  last: number;
  payloads: P[];
  head: string | null;
}

/** Rules for splitting compounds such as "Rússlandsforseti" or "Russlandreise". */
export interface CompoundRules {
  /** Shortest first part, in characters. */
  minStem: number;
  /** Second parts that always make a compound (matched as prefixes: "forset" → forseti, forseta). */
  heads: string[];
  /** When set, any second part at least this long makes a compound. */
  anyHeadMin: number | null;
}

interface Split {
  stem: string;
  head: string;
}

const NO_SPLITS: readonly Split[] = [];

/**
 * A table index from a word's first two characters: most words start no compound first part,
 * which one array read tells before the character trie is walked.
 */
function pairSlot(word: string): number {
  return ((word.charCodeAt(0) & 0xff) << 8) | (word.charCodeAt(1) & 0xff);
}

/** What the matcher needs to know about a word, whatever its place: worked out once per word id. */
interface WordFacts<P> {
  /** The trie node the word leads to from the root (the word opening a phrase), or null. */
  opens: TrieNode<P> | null;
  /** Compound first parts of the word, longest first, whose rest qualifies as a second part. */
  splits: readonly Split[];
}

/**
 * A middle initial between two words of a name: one capital letter, written right before the next
 * word or with a full stop ("H. Haarde", "W Bush"), not joined to either by a hyphen.
 */
function isInitial(token: Token, next: Token): boolean {
  return (
    token.key.length === 1 &&
    (token.shape === Shape.Capitalized || token.shape === Shape.Upper) &&
    !token.joined &&
    !next.joined &&
    next.start - token.end <= 2
  );
}

/** Whether `text[from, to)`, the gap between two words, holds a comma, semicolon, colon, bracket or quote. */
function punctuationBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // , ; : ( ) [ ] " and the typographic quotes
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 34)
      return true;
    if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return true;
  }
  return false;
}

function newNode<P>(): TrieNode<P> {
  return { children: null, terminals: [] };
}

function sameShapes(a: readonly Shape[], b: readonly Shape[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function shapeFits(required: Shape, actual: Shape): boolean {
  if (required === Shape.Lower || required === Shape.Other) return true;
  if (required === Shape.Upper) return actual === Shape.Upper;
  return actual === Shape.Capitalized || actual === Shape.Upper;
}

/** A lexicon phrase as the trie reads it: a key per word (a joined word marked "-") and the case each needs. */
export interface PhraseKeys {
  keys: readonly string[];
  /** Shared by every terminal of the phrase: never modified once made. */
  shapes: Shape[];
}

// The three languages' lexicons add many of the same phrases (every leader's name and its ASCII
// spelling): each phrase is tokenised once per process, not once per language.
const analysed = new Map<string, PhraseKeys>();

export function analysePhrase(phrase: string): PhraseKeys {
  let result = analysed.get(phrase);
  if (!result) {
    const tokens = tokenize(phrase, [], []);
    result = {
      keys: tokens.map((token, index) => (index > 0 && token.joined ? `-${token.key}` : token.key)),
      shapes: tokens.map((token) =>
        token.key.length === 1 && token.shape === Shape.Upper ? Shape.Capitalized : token.shape,
      ),
    };
    analysed.set(phrase, result);
  }
  return result;
}

/**
 * A token trie over lexicon phrases, built once per language, walked once over the article:
 * leftmost-longest, with case checks (a capitalised lexicon form needs a capitalised word, so
 * "turkey" the bird and "us" the pronoun do not match) and compound splitting of the last word.
 */
export class PhraseMatcher<P> {
  private readonly root = newNode<P>();
  private readonly stems: CharNode = { next: new Map(), terminal: false };
  private readonly heads: string[];
  private readonly stemPairs = new Uint8Array(1 << 16);
  /**
   * A word written in lower case (or starting with a digit) can only open a phrase whose first word
   * is written so (see `shapeFits`). Most words of running text are such and open none, which
   * these tell: first words of those phrases, and the first two letters of compound first parts of them.
   */
  private readonly lowerOpeners = new Set<string>();
  private readonly lowerStemPairs = new Uint8Array(1 << 16);
  /**
   * Every word of every article is looked up here: the root's large map is probed once per word.
   * Made on the first match after the last phrase was added, since facts depend on all phrases.
   */
  private facts: WordMemo<WordFacts<P>> | null = null;
  /**
   * Whether a word, written in lower case, may open a phrase (see `lowerOpeners`), as one byte per
   * id: it is read for every token, and most tokens are lower-case words it rules out, whose facts
   * are then never worked out.
   */
  private lowerOpens: WordFlag | null = null;
  private size = 0;
  /**
   * Deferred phrases by first word (see `defer`), inserted into the trie when that word is first
   * looked up from the root (`rootChild`).
   */
  private readonly pending = new Map<string, number[]>();

  /**
   * `resolve` gives a deferred phrase (by its handle) when its first word is first looked up.
   */
  constructor(
    private readonly compound: CompoundRules,
    private readonly resolve: (handle: number) => DeferredPhrase<P>,
  ) {
    this.heads = [...new Set(compound.heads.map((head) => head.toLowerCase()))];
  }

  /** Number of phrases added. */
  get phraseCount(): number {
    return this.size;
  }

  /**
   * Adds a phrase whose keys `resolve` gives when its first word is first looked up. A language
   * has some 40,000 phrases and an article opens a few dozen of them, so start-up notes only what
   * every word's facts need (lower-case openers, compound first parts) and builds the trie as the
   * articles go.
   */
  defer(handle: number, firstKey: string, lastKey: string, firstShape: Shape, mode: PhraseMode): void {
    const waiting = this.pending.get(firstKey);
    if (waiting) waiting.push(handle);
    else this.pending.set(firstKey, [handle]);
    // What the per-word facts depend on.
    const lowerOpening = firstShape === Shape.Lower || firstShape === Shape.Other;
    if (lowerOpening) this.lowerOpeners.add(firstKey);
    this.facts = null;
    this.lowerOpens = null;
    this.size++;
    if (mode !== 'exact' && lastKey.length >= this.compound.minStem) {
      this.addStem(lastKey);
      if (lowerOpening) this.lowerStemPairs[pairSlot(lastKey)] = 1;
    }
  }

  /** Puts a phrase into the trie; a phrase already there with the same payload, mode and shapes adds nothing. */
  private insert(phrase: PhraseKeys, payload: P, mode: PhraseMode): void {
    const { keys, shapes } = phrase;
    let node = this.root;
    for (const key of keys) {
      node.children ??= new Map();
      let child = node.children.get(key);
      if (!child) {
        child = newNode<P>();
        node.children.set(key, child);
      }
      node = child;
    }
    for (const t of node.terminals) {
      if (t.payload === payload && t.mode === mode && sameShapes(t.shapes, shapes)) return;
    }
    node.terminals.push({ payload, shapes, mode });
  }

  /** The root's child for a first word, inserting the phrases deferred under it first. */
  private rootChild(key: string): TrieNode<P> | undefined {
    const waiting = this.pending.get(key);
    if (waiting) {
      this.pending.delete(key);
      for (const handle of waiting) {
        const deferred = this.resolve(handle);
        this.insert(deferred.phrase, deferred.payload, deferred.mode);
      }
    }
    return this.root.children?.get(key);
  }

  private addStem(key: string): void {
    this.stemPairs[pairSlot(key)] = 1;
    let node = this.stems;
    for (const ch of key) {
      let next = node.next.get(ch);
      if (!next) {
        next = { next: new Map(), terminal: false };
        node.next.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
  }

  private computeFacts(key: string): WordFacts<P> {
    const long = key.length > this.compound.minStem + 2;
    return {
      opens: this.rootChild(key) ?? null,
      splits: long && this.stemPairs[pairSlot(key)] === 1 ? this.computeSplits(key) : NO_SPLITS,
    };
  }

  private lowerMayOpen(key: string): boolean {
    const long = key.length > this.compound.minStem + 2;
    return this.lowerOpeners.has(key) || (long && this.lowerStemPairs[pairSlot(key)] === 1);
  }

  private computeSplits(key: string): readonly Split[] {
    const out: Split[] = [];
    let node: CharNode | undefined = this.stems;
    for (let i = 0; i < key.length - 2 && node; i++) {
      node = node.next.get(key.charAt(i));
      if (node?.terminal && i + 1 >= this.compound.minStem) {
        const head = key.slice(i + 1);
        if (this.headQualifies(head)) out.unshift({ stem: key.slice(0, i + 1), head });
      }
    }
    return out.length === 0 ? NO_SPLITS : out;
  }

  private headQualifies(head: string): boolean {
    if (!/^\p{Ll}/u.test(head)) return false;
    if (this.compound.anyHeadMin !== null && head.length >= this.compound.anyHeadMin) return true;
    for (const prefix of this.heads) if (head.startsWith(prefix)) return true;
    return false;
  }

  /** Finds all leftmost-longest matches in the tokens. */
  match(tokens: readonly Token[], text = ''): PhraseMatch<P>[] {
    this.facts ??= new WordMemo((key) => this.computeFacts(key));
    const facts = this.facts;
    this.lowerOpens ??= new WordFlag((key) => this.lowerMayOpen(key));
    const lowerOpens = this.lowerOpens;
    const out: PhraseMatch<P>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const opener = tokens[i] as Token;
      if (
        (opener.shape === Shape.Lower || opener.shape === Shape.Other) &&
        !lowerOpens.get(opener.id, opener.key)
      ) {
        i++;
        continue;
      }
      const found = this.longestAt(tokens, text, i, facts);
      if (found) {
        out.push(found);
        i = found.last + 1;
      } else i++;
    }
    return out;
  }

  private longestAt(
    tokens: readonly Token[],
    text: string,
    first: number,
    facts: WordMemo<WordFacts<P>>,
  ): PhraseMatch<P> | null {
    const opener = tokens[first] as Token;
    // A lower-case opener was checked by `match` (see `lowerOpens`).
    const openerFacts = facts.get(opener.id, opener.key);
    let best: PhraseMatch<P> | null = null;
    let node: TrieNode<P> | undefined = this.root;
    // A middle initial the phrase does not have, passed over once ("Geir H. Haarde" for "Geir
    // Haarde"); -1 while none is.
    let skipped = -1;
    for (let j = first; j < tokens.length && node; j++) {
      let token = tokens[j] as Token;
      if (j > first && token.sentence !== opener.sentence) break;
      // A phrase does not run over a comma or a bracket: "His deputy, Foreign Minister X" holds
      // no "deputy foreign minister".
      if (j > first && punctuationBetween(text, (tokens[j - 1] as Token).end, token.start)) break;
      const prefix = j > first && token.joined ? '-' : '';
      let exact: TrieNode<P> | undefined =
        j === first ? (openerFacts.opens ?? undefined) : node.children?.get(prefix + token.key);
      if (!exact && skipped === -1 && j > first && node.children && opener.shape === Shape.Capitalized) {
        const after = tokens[j + 1];
        if (after && isInitial(token, after) && after.sentence === opener.sentence) {
          exact = node.children.get(after.key);
          if (exact) {
            skipped = j;
            token = after;
            j++;
          }
        }
      }
      // A compound ends the phrase: its head is the rest of the same word.
      if (!exact || exact.terminals.length === 0) {
        const splits = j === first ? openerFacts.splits : facts.get(token.id, token.key).splits;
        for (let k = 0; k < splits.length; k++) {
          const split = splits[k] as Split;
          const stemNode =
            node === this.root ? this.rootChild(split.stem) : node.children?.get(prefix + split.stem);
          const payloads = stemNode ? this.accept(stemNode, tokens, first, true, skipped) : null;
          if (payloads !== null) {
            best = { first, last: j, payloads, head: split.head };
            break;
          }
        }
      }
      if (exact) {
        const payloads = this.accept(exact, tokens, first, false, skipped);
        if (payloads !== null) best = { first, last: j, payloads, head: null };
      }
      node = exact;
    }
    return best;
  }

  /**
   * The payloads of the node's terminals that fit the tokens; null when none does (no list made).
   * Index loops here and in the other per-word loops: until V8 has optimised them (a few hundred
   * articles into a first pass), a for-of loop runs the iterator protocol in the interpreter.
   */
  private accept(
    node: TrieNode<P>,
    tokens: readonly Token[],
    first: number,
    compound: boolean,
    skipped: number,
  ): P[] | null {
    let payloads: P[] | null = null;
    const terminals = node.terminals;
    for (let i = 0; i < terminals.length; i++) {
      const terminal = terminals[i] as Terminal<P>;
      if (compound ? terminal.mode === 'exact' : terminal.mode === 'compound') continue;
      let fits = true;
      for (let k = 0; k < terminal.shapes.length && fits; k++) {
        const at = skipped !== -1 && first + k >= skipped ? first + k + 1 : first + k;
        fits = shapeFits(terminal.shapes[k] as Shape, (tokens[at] as Token).shape);
      }
      if (fits) {
        payloads ??= [];
        payloads.push(terminal.payload);
      }
    }
    return payloads;
  }
}
