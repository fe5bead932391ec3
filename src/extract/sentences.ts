import { isWhiteSpace } from './document.js';
import { isUpperOrNumber } from './tokenize.js';

/** A sentence as [start, end) offsets into the article text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Characters that may follow a sentence's stop before the space: quotes and brackets, as codes. */
const CLOSERS = [...'"\'”’»«)]'].map((ch) => ch.charCodeAt(0));
/** Quotes that may open a sentence, besides a capital or a digit. */
const OPENING_QUOTES = [...'"„“«\'‚'].map((ch) => ch.charCodeAt(0));
// The shapes of words that are abbreviations by their form: an initial ("J."), initials ("U.S."),
// an ordinal ("18.").
const INITIAL = /^\p{Lu}\.$/u;
const INITIALS = /^(?:\p{L}\.){2,}$/u;
const ORDINAL = /^\d{1,2}\.$/;

/**
 * Splits text into sentences: a line break always ends one (titles, captions and paragraphs are
 * lines), and inside a line a full stop, question or exclamation mark ends one when the next word
 * starts with a capital, a digit or a quote, unless the word before the stop is an abbreviation
 * of the language or a single capital (an initial).
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const stops = new StopFinder(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, abbreviations, spans, stops);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  abbreviations: ReadonlySet<string>,
  out: SentenceSpan[],
  stops: StopFinder,
): void {
  let start = from;
  while (start < to && isWhiteSpace(text.charCodeAt(start))) start++;
  if (start >= to) return;
  for (let i = stops.next(start); i < to; i = stops.next(i + 1)) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    while (end < to && CLOSERS.includes(text.charCodeAt(end))) end++;
    if (end >= to || !isWhiteSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < to && isWhiteSpace(text.charCodeAt(next))) next++;
    if (next >= to) break;
    if (!opensSentenceAt(text.charCodeAt(next))) continue;
    if (code === 46 && isAbbreviation(text, start, i, abbreviations)) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  let end = to;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** Whether a UTF-16 unit may open a sentence: a capital, a digit or an opening quote. */
function opensSentenceAt(unit: number): boolean {
  return OPENING_QUOTES.includes(unit) || isUpperOrNumber(unit);
}

// The characters that may end a sentence: full stop, exclamation and question marks, ellipsis.
const STOPS = ['.', '!', '?', '\u2026'];

/**
 * The next sentence-ending character at or after an offset. Looking for each with indexOf (a fast
 * native scan) replaces a loop reading every character of the text; each character's next place
 * is kept until passed, and offsets only move forward, so each is scanned for once in all.
 */
class StopFinder {
  /** Per character of STOPS, its next place at or after the last offset asked, or -1 for none left. */
  private readonly places: number[];

  constructor(private readonly text: string) {
    this.places = STOPS.map((stop) => text.indexOf(stop));
  }

  /** The offset of the first stop at or after `from`, or the text's length when there is none. */
  next(from: number): number {
    let nearest = this.text.length;
    for (let k = 0; k < STOPS.length; k++) {
      let place = this.places[k] ?? -1;
      if (place !== -1 && place < from) {
        place = this.text.indexOf(STOPS[k] as string, from);
        this.places[k] = place;
      }
      if (place !== -1 && place < nearest) nearest = place;
    }
    return nearest;
  }
}

function isAbbreviation(
  text: string,
  lineStart: number,
  dot: number,
  abbreviations: ReadonlySet<string>,
): boolean {
  let wordStart = dot;
  while (wordStart > lineStart && !isWhiteSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot + 1);
  if (INITIAL.test(word) || INITIALS.test(word)) return true;
  if (ORDINAL.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/** Returns a function mapping an offset to the index of the sentence containing it (or the one before). */
export function sentenceLocator(spans: readonly SentenceSpan[]): (offset: number) => number {
  return (offset: number) => {
    let low = 0;
    let high = spans.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = spans[mid];
      if (span && span.start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
}
