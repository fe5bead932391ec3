/**
 * A hash table from written words to what is known about them, probed with a range of the text
 * rather than a string: most words of an article were seen before, and for those no substring is
 * cut and no string is hashed by a `Map` (both showed as a large share of tokenising). Open
 * addressing over typed arrays; it starts afresh when half full, so it keeps at most `capacity / 2`
 * words.
 */
export class SurfaceTable<V> {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private hashes: number[] = [];
  private surfaces: string[] = [];
  private values: V[] = [];

  constructor(capacityBits: number) {
    this.slots = new Int32Array(1 << capacityBits);
    this.mask = (1 << capacityBits) - 1;
  }

  /** The value stored for `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashRange(text, start, end);
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry === -1) return undefined;
      if (this.hashes[entry] !== hash) continue;
      const surface = this.surfaces[entry] as string;
      if (surface.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = surface.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return this.values[entry];
    }
  }

  /** Stores the value for a word not in the table. */
  set(surface: string, value: V): void {
    if (this.surfaces.length >= (this.mask + 1) >>> 1) this.clear();
    const hash = hashRange(surface, 0, surface.length);
    let slot = hash & this.mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.surfaces.length + 1;
    this.hashes.push(hash);
    this.surfaces.push(surface);
    this.values.push(value);
  }

  /** Forgets every word. */
  clear(): void {
    this.slots.fill(0);
    this.hashes = [];
    this.surfaces = [];
    this.values = [];
  }
}

/** FNV-1a over UTF-16 code units, mixed at the end so that the low bits (the slot) spread well. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return h | 0;
}
