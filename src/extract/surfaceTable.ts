/**
 * A hash table from written words to small non-negative integers, probed with a range of the text
 * rather than a string: most words of an article were seen before, and for those no substring is
 * cut and no string is hashed by a `Map` (both showed as a large share of tokenising). Open
 * addressing over typed arrays; it starts afresh when half full, so it keeps at most `capacity / 2`
 * words.
 *
 * Every token of every article probes it, and between two articles the rest of the extraction
 * pushes the table out of the processor's caches, so what costs is the number of distinct memory
 * places a probe reads. A slot holds the word's hash, where its characters lie, its length and its
 * value, side by side: a probe that finds its word reads one slot and the word's characters in
 * the pool (the words' characters lie back to back in one array rather than in separate string
 * objects). Values kept as objects beside the slots meant two more scattered reads per word (the
 * array's element and the object), and tokenizing an article ran twice as slow with cold caches as
 * with warm ones.
 */
export class SurfaceTable {
  /** Per slot four ints: hash, offset of the word's first character in `chars` plus one (0: empty), length, value. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The characters of every stored word, in order of storing. */
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  private count = 0;

  constructor(capacityBits: number) {
    this.slots = new Int32Array(4 << capacityBits);
    this.mask = (1 << capacityBits) - 1;
  }

  /** The value stored for `text[start, end)`, or -1. */
  get(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const length = end - start;
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot << 2;
      const from = (slots[at + 1] ?? 0) - 1;
      if (from === -1) return -1;
      if (slots[at] === hash && slots[at + 2] === length && this.sameChars(from, text, start, length)) {
        return slots[at + 3] ?? -1;
      }
    }
  }

  /** Stores a value (a non-negative integer) for a word not in the table. */
  set(surface: string, value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) {
      throw new RangeError(`a surface table holds integers from 0 to 2^31 - 1, not ${value}`);
    }
    if (this.count >= (this.mask + 1) >>> 1) this.clear();
    const hash = hashRange(surface, 0, surface.length);
    let slot = hash & this.mask;
    while ((this.slots[(slot << 2) + 1] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.reserve(surface.length);
    const at = slot << 2;
    this.slots[at] = hash;
    this.slots[at + 1] = this.used + 1;
    this.slots[at + 2] = surface.length;
    this.slots[at + 3] = value;
    for (let k = 0; k < surface.length; k++) this.chars[this.used + k] = surface.charCodeAt(k);
    this.used += surface.length;
    this.count++;
  }

  /** Forgets every word. */
  clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.count = 0;
  }

  private sameChars(from: number, text: string, start: number, length: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < length; k++) if (chars[from + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** Grows the character pool (doubling) so that `count` more characters fit. */
  private reserve(count: number): void {
    if (this.used + count <= this.chars.length) return;
    let size = this.chars.length * 2;
    while (this.used + count > size) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(this.chars.subarray(0, this.used));
    this.chars = grown;
  }
}

/** FNV-1a over UTF-16 code units, mixed at the end so that the low bits (the slot) spread well. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return h | 0;
}
