/**
 * Dense integer ids for token keys. Every stage asks the lexicons about each word of an article
 * (does it open a phrase, a trigger, a sanction pattern?); with an id per distinct key, such an
 * answer is worked out once per word and then read from an array (`WordMemo`), where a string key
 * would be hashed and probed in a large map on every occurrence.
 *
 * The ids are process-wide, so the memos fill once for the vocabulary of everything extracted.
 * To bound memory in a long ingest, the vocabulary is renewed when it grows past a limit; that
 * happens only between articles (`renewIfFull`, called by `extract` before anything else; not by
 * the tokenizer, which also runs inside an article on photo credits), so the ids of one article's
 * tokens always belong to one generation, and every memo drops its answers when it sees a new
 * generation.
 */
const VOCABULARY_LIMIT = 400_000;

let ids = new Map<string, number>();
/** The key of each id, by id. */
let keys: string[] = [];
let generation = 0;

/** The id of a key, assigned on first sight. */
export function wordId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = keys.length;
    ids.set(key, id);
    keys.push(key);
  }
  return id;
}

/** The key of an id of the current generation. */
export function wordKey(id: number): string {
  const key = keys[id];
  if (key === undefined) throw new RangeError(`no word has the id ${id} in this generation`);
  return key;
}

/** The current generation of ids; a memo filled under another one is stale. */
export function vocabularyGeneration(): number {
  return generation;
}

/** Starts a new generation of ids when the vocabulary is full. Call only between articles. */
export function renewIfFull(): void {
  if (ids.size < VOCABULARY_LIMIT) return;
  ids = new Map();
  keys = [];
  generation++;
}

/**
 * An answer per word id, computed on first use. `undefined` marks an id not asked yet, so a
 * computed answer must not be undefined (use null for "none").
 */
export class WordMemo<T> {
  private values: Array<T | undefined> = [];
  private generation = generation;

  constructor(private readonly compute: (key: string) => T) {}

  /** The answer for the word with this id and key. */
  get(id: number, key: string): T {
    if (this.generation !== generation) {
      this.values = [];
      this.generation = generation;
    }
    const values = this.values;
    let value = values[id];
    if (value === undefined) {
      value = this.compute(key);
      // Grown by pushing so the array stays a dense list: writing far past its end would turn
      // it into a slow dictionary.
      while (values.length <= id) values.push(undefined);
      values[id] = value;
    }
    return value;
  }
}

/**
 * A yes/no answer per word id, one byte each, computed on first use. For answers read for every
 * token: a dense byte array stays in cache where a `WordMemo` of objects means reading an object
 * allocated wherever the word was first seen.
 */
export class WordFlag {
  /** Per id: 0 not asked yet, 1 no, 2 yes. */
  private values = new Uint8Array(1024);
  private generation = generation;

  constructor(private readonly compute: (key: string) => boolean) {}

  /** The answer for the word with this id and key. */
  get(id: number, key: string): boolean {
    if (this.generation !== generation) {
      this.values.fill(0);
      this.generation = generation;
    }
    if (id >= this.values.length) this.grow(id);
    let value = this.values[id];
    if (value === 0) {
      value = this.compute(key) ? 2 : 1;
      this.values[id] = value;
    }
    return value === 2;
  }

  private grow(id: number): void {
    let size = this.values.length * 2;
    while (size <= id) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.values);
    this.values = grown;
  }
}
