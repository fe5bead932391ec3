export interface HighlightModel {
  field: string;
  text: string;
  matches: { start: number; end: number }[];
}

const WINDOW = 80;

/**
 * The passage of `text` around the first word that starts with one of `words` (case- and
 * accent-insensitive), with every such word's range inside the passage; undefined when no
 * word matches. Full-text indexes rank but do not say where they matched, so this does.
 */
export function highlight(field: string, text: string, words: readonly string[]): HighlightModel | undefined {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = words.map(fold);
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const hits = tokens.filter((token) => {
    const folded = fold(token[0]);
    return wanted.some((word) => folded.startsWith(word));
  });
  const first = hits[0];
  if (first?.index === undefined) return undefined;
  const start = Math.max(0, first.index - WINDOW);
  const end = Math.min(text.length, first.index + first[0].length + WINDOW);
  const matches = hits
    .filter((hit) => hit.index !== undefined && hit.index >= start && hit.index + hit[0].length <= end)
    .map((hit) => ({ start: (hit.index ?? 0) - start, end: (hit.index ?? 0) - start + hit[0].length }));
  return { field, text: text.slice(start, end), matches };
}
