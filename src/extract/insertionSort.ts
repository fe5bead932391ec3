/**
 * Stable in-place sort for the short, nearly ordered lists of an article (entities in text order
 * but for a capital's country beside its place; a sentence's actors; a leader's mentions): linear
 * on them, and it allocates nothing, where Array.prototype.sort sets up work arrays on every call.
 * Being stable, it orders exactly as Array.prototype.sort does.
 */
export function insertionSort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
