/** A character range `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** What stands for the sentence of a report imported from GDELT, which publishes none. */
export const NO_SENTENCE = 'The source (GDELT) gives no sentence for this report.';

/** A sentence and the ranges in it to highlight, relative to the sentence. */
export interface MarkedSentence {
  text: string;
  marks: Range[];
}

/** Sentence ranges of a text, by the browser's (ICU) sentence rules for its language. */
export function sentenceRanges(text: string, lang: string): Range[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  }
  const ranges: Range[] = [];
  for (const part of segmenter.segment(text)) {
    ranges.push({ start: part.index, end: part.index + part.segment.length });
  }
  return ranges;
}

function within(span: Range, sentence: Range): boolean {
  return span.start >= sentence.start && span.end <= sentence.end;
}

/** Cuts a sentence out of the text, trimmed, with the given spans made relative to it. */
function cut(text: string, sentence: Range, spans: readonly Range[]): MarkedSentence {
  const raw = text.slice(sentence.start, sentence.end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const marks = spans
    .filter((span) => within(span, sentence))
    .map((span) => ({ start: span.start - sentence.start - lead, end: span.end - sentence.start - lead }))
    .filter((span) => span.start >= 0 && span.end <= trimmed.length)
    .sort((a, b) => a.start - b.start);
  return { text: trimmed, marks: mergeOverlaps(marks) };
}

function mergeOverlaps(marks: Range[]): Range[] {
  const merged: Range[] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return merged;
}

/**
 * The sentences of an article that name every one of the entities (each given by its mention
 * spans), with those mentions marked. When no sentence names them all, the sentences naming
 * any of them: the article links them even if no single sentence does.
 */
export function sentencesNaming(
  text: string,
  lang: string,
  spansPerEntity: readonly (readonly Range[])[],
): MarkedSentence[] {
  const all = spansPerEntity.flat();
  const sentences = sentenceRanges(text, lang);
  const naming = (sentence: Range, spans: readonly Range[]) => spans.some((span) => within(span, sentence));
  const every = sentences.filter((sentence) => spansPerEntity.every((spans) => naming(sentence, spans)));
  const chosen = every.length > 0 ? every : sentences.filter((sentence) => naming(sentence, all));
  return chosen.map((sentence) => cut(text, sentence, all));
}

/**
 * A reported sentence located in its article, with the given mentions marked; unmarked when
 * the sentence is not found verbatim (the text changed since, or whitespace differs).
 */
export function markSentence(text: string, sentence: string, spans: readonly Range[]): MarkedSentence {
  const at = text.indexOf(sentence);
  if (at < 0) return { text: sentence, marks: [] };
  return cut(text, { start: at, end: at + sentence.length }, spans);
}
