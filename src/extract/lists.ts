/**
 * `filter` and `map` for the lists the extractor passes from stage to stage, made so that an
 * empty list and a filled one share a hidden class.
 *
 * V8 gives an array an elements kind. The builtins make each result as an array of small integers
 * and change its kind when the first object goes in, so an empty result and a filled one have two
 * hidden classes, and optimised code that has met only one is thrown away when the other comes: an
 * article without office titles, or a sentence without actors, cost a recompile of the largest
 * functions site after site while a process warmed up. An array literal instead remembers at its
 * site the kind its arrays ended with and makes the next ones with it from the start.
 */

/** `items.filter(test)`. */
export function keep<T>(items: readonly T[], test: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) if (test(item)) out.push(item);
  return out;
}

/** `items.map(make)`. */
export function mapped<T, U>(items: readonly T[], make: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of items) out.push(make(item));
  return out;
}
