export interface HighlightModel {
  field: string;
  text: string;
  matches: { start: number; end: number }[];
}

const WINDOW = 80;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** Case- and accent-insensitive form of a word: `Pútín` → `putin`. */
export function foldWord(word: string): string {
  return !NON_ASCII.test(word)
    ? word.toLowerCase()
    : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The passage of `text` around the first word that starts with one of `words` (case- and
 * accent-insensitive), with every such word's range inside the passage; undefined when no
 * word matches. Full-text indexes rank but do not say where they matched, so this does.
 *
 * Search highlights every hit's title and body, so this runs over whole articles on every
 * search: a word is folded only when its first letter could start a wanted word (folding is
 * per letter, so the first letter decides), and the scan stops at the end of the passage.
 */
export function highlight(field: string, text: string, words: readonly string[]): HighlightModel | undefined {
  const wanted = words.map(foldWord);
  const initials = wanted.some((word) => word.length === 0)
    ? undefined // an empty word is a prefix of every word
    : new Set(wanted.map((word) => word[0]));
  const isHit = (token: string): boolean => {
    if (initials) {
      const first = String.fromCodePoint(token.codePointAt(0) ?? 0);
      if (!initials.has(foldWord(first)[0])) return false;
    }
    const folded = foldWord(token);
    return wanted.some((word) => folded.startsWith(word));
  };

  let start = 0;
  let end = 0;
  let matches: { start: number; end: number }[] | undefined;
  const pattern = new RegExp(WORD);
  for (let token = pattern.exec(text); token !== null; token = pattern.exec(text)) {
    const tokenEnd = token.index + token[0].length;
    if (matches && tokenEnd > end) break;
    if (!isHit(token[0])) continue;
    if (!matches) {
      start = Math.max(0, token.index - WINDOW);
      end = Math.min(text.length, tokenEnd + WINDOW);
      matches = [];
    }
    matches.push({ start: token.index - start, end: tokenEnd - start });
  }
  return matches ? { field, text: text.slice(start, end), matches } : undefined;
}
