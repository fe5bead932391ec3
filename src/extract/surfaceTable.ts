/**
 * A hash table from written words to what is known about them, probed with a range of the text
 * rather than a string: most words of an article were seen before, and for those no substring is
 * cut and no string is hashed by a `Map` (both showed as a large share of tokenising). Open
 * addressing over typed arrays; it starts afresh when half full, so it keeps at most `capacity / 2`
 * words.
 *
 * Every token of every article probes it, so the layout keeps the memory touched per probe small:
 * each slot holds the word's hash beside its entry number (a slot of another word is passed over
 * without leaving the slot array), and the words' characters lie back to back in one array
 * rather than in separate string objects. A probe that finds its word reads a slot, a few
 * characters of the pool and the value, where separate arrays of hashes, strings and values meant
 * about twice as many scattered reads, which tokenizing showed (its lookups cost more than the
 * rest of the word walk).
 */
export class SurfaceTable<V> {
  /** Per slot, [hash, entry + 1]; an entry of 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The characters of every stored word, in order of storing. */
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** Per entry, the offset of its first character in `chars`; one more offset ends the last. */
  private offsets: number[] = [0];
  private values: V[] = [];

  constructor(capacityBits: number) {
    this.slots = new Int32Array(2 << capacityBits);
    this.mask = (1 << capacityBits) - 1;
  }

  /** The value stored for `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashRange(text, start, end);
    const length = end - start;
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = (slots[2 * slot + 1] ?? 0) - 1;
      if (entry === -1) return undefined;
      if (slots[2 * slot] !== hash) continue;
      const from = this.offsets[entry] ?? 0;
      if ((this.offsets[entry + 1] ?? 0) - from !== length) continue;
      if (this.sameChars(from, text, start, length)) return this.values[entry];
    }
  }

  /** Stores the value for a word not in the table. */
  set(surface: string, value: V): void {
    if (this.values.length >= (this.mask + 1) >>> 1) this.clear();
    const hash = hashRange(surface, 0, surface.length);
    let slot = hash & this.mask;
    while ((this.slots[2 * slot + 1] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.values.length + 1;
    this.values.push(value);
    this.reserve(surface.length);
    for (let k = 0; k < surface.length; k++) this.chars[this.used + k] = surface.charCodeAt(k);
    this.used += surface.length;
    this.offsets.push(this.used);
  }

  /** Forgets every word. */
  clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.offsets = [0];
    this.values = [];
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
