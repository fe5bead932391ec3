/**
 * Records parsed from JSON get a hidden class per set and order of keys, so the language data of
 * three languages, or leader records with and without an optional field, reach the code that
 * reads them on every article in several shapes. That code then stays polymorphic, and each time
 * an optimised function meets one shape more it is thrown away and compiled again: while a
 * process warmed up, such recompiles of the largest functions took more CPU than the extraction
 * itself. A shaper rebuilds records with one hidden class.
 */

/**
 * A function that rebuilds a record with every key any of `records` has, in one order (a key it
 * lacks is present as undefined), so that all records it rebuilds share one hidden class. Keys
 * outside that set are kept, after the others.
 */
export function uniformShaper<T extends object>(records: readonly T[]): (record: T) => T {
  const keys: string[] = [];
  const known = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (known.has(key)) continue;
      known.add(key);
      keys.push(key);
    }
  }
  return (record) => {
    const source = record as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = source[key];
    for (const key of Object.keys(record)) if (!known.has(key)) out[key] = source[key];
    return out as T;
  };
}

/** The records, each rebuilt by one shaper made from all of them. */
export function uniformShape<T extends object>(records: readonly T[]): T[] {
  return records.map(uniformShaper(records));
}
