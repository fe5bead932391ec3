import {
  DEFAULT_MAX_BODY_BYTES,
  formatBytes,
  formatFieldErrors,
  parseArticleInput,
} from '../articleInput.js';
import type { ByteInput } from './byteInput.js';
import { readLines } from './byteInput.js';
import { decodeUtf8 } from './decodeText.js';
import type { SourceRecord } from './sourceRecord.js';
import { failure } from './sourceRecord.js';

export interface JsonSourceOptions {
  maxBodyBytes?: number;
}

/**
 * A record's JSON may be longer than its body (escapes, other fields), so the raw cap is a
 * generous multiple of the body cap; it exists only to keep memory bounded.
 */
function maxRecordBytes(maxBodyBytes: number): number {
  return maxBodyBytes * 8 + 1024 * 1024;
}

function recordFromJson(text: string, location: string, maxBodyBytes: number): SourceRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(location, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = parseArticleInput(value, { maxBodyBytes });
  return parsed.ok
    ? { kind: 'article', input: parsed.value, location }
    : failure(location, formatFieldErrors(parsed.errors));
}

/**
 * NDJSON / JSON Lines: one article object a line, streamed, blank lines skipped. Each bad
 * line becomes a failure record at `location:line`; the lines around it still come through.
 */
export async function* ndjsonSource(
  input: ByteInput,
  options: JsonSourceOptions = {},
): AsyncGenerator<SourceRecord> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const cap = maxRecordBytes(maxBodyBytes);
  for await (const line of readLines(input, cap)) {
    const location = `${input.location}:${line.number}`;
    if (line.bytes === null) {
      yield failure(location, `line is ${formatBytes(line.length)}, over the limit of ${formatBytes(cap)}`);
      continue;
    }
    const decoded = decodeUtf8(line.bytes);
    if (!decoded.ok) {
      yield failure(location, decoded.reason);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    yield recordFromJson(decoded.text, location, maxBodyBytes);
  }
}

/**
 * A JSON file holding one article object or an array of them. The array is split into its
 * elements while streaming (a small scanner that tracks strings and nesting), so a huge
 * array is never held whole, and each element is parsed on its own: a bad element is one
 * failure at the line where it starts.
 */
export async function* jsonSource(
  input: ByteInput,
  options: JsonSourceOptions = {},
): AsyncGenerator<SourceRecord> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const cap = maxRecordBytes(maxBodyBytes);
  const emit = (element: JsonElement): SourceRecord => {
    const location = `${input.location}:${element.line}`;
    if (element.bytes === null) {
      return failure(
        location,
        `record is ${formatBytes(element.length)}, over the limit of ${formatBytes(cap)}`,
      );
    }
    const decoded = decodeUtf8(element.bytes);
    if (!decoded.ok) return failure(location, decoded.reason);
    return recordFromJson(decoded.text, location, maxBodyBytes);
  };
  let count = 0;
  let array = false;
  for await (const item of splitJsonTopLevel(input, cap, () => {
    array = true;
  })) {
    if ('error' in item) {
      yield failure(`${input.location}:${item.line}`, item.error);
      return;
    }
    count += 1;
    yield emit(item);
  }
  if (count === 0) {
    yield failure(
      input.location,
      array ? 'the array holds no articles' : 'no JSON value in the file (it is empty)',
    );
  }
}

interface JsonElement {
  line: number;
  bytes: Buffer | null;
  length: number;
}

type SplitItem = JsonElement | { error: string; line: number };

const BRACE_OPEN = 0x7b;
const BRACE_CLOSE = 0x7d;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

function isJsonSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Yields the top-level elements of a JSON array (or the single top-level value) as raw
 * bytes. It only tracks strings and bracket depth; JSON.parse judges each element, so an
 * element with a typo is reported alone. A structural break that swallows the rest of the
 * file (an unclosed string or bracket) ends in one error at the line where it began.
 */
async function* splitJsonTopLevel(
  input: ByteInput,
  cap: number,
  onArray: () => void,
): AsyncGenerator<SplitItem> {
  let line = 1;
  // mode: 'start' before the first value, 'array' between elements, 'element' inside one, 'single' for a non-array top level, 'done' after ']'.
  let mode: 'start' | 'array' | 'element' | 'single' | 'done' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let partsLength = 0;
  let over = false;
  let elementLine = 1;
  let elementLength = 0;
  const take = (chunk: Buffer, from: number, to: number) => {
    const n = to - from;
    elementLength += n;
    if (over) return;
    if (partsLength + n > cap) {
      over = true;
      parts = [];
      partsLength = 0;
      return;
    }
    parts.push(Buffer.from(chunk.subarray(from, to)));
    partsLength += n;
  };
  const flush = (): JsonElement => {
    const out: JsonElement = {
      line: elementLine,
      bytes: over ? null : Buffer.concat(parts, partsLength),
      length: elementLength,
    };
    parts = [];
    partsLength = 0;
    over = false;
    elementLength = 0;
    return out;
  };

  let firstChunk = true;
  for await (const raw of input.open()) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
    // A UTF-8 byte order mark (editors on Windows write one) comes before the JSON, not in it.
    const begin = firstChunk && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
    firstChunk = false;
    // A value that continues from the previous chunk is taken from this chunk's start.
    let segStart = mode === 'element' || mode === 'single' ? 0 : -1;
    for (let i = begin; i < chunk.length; i++) {
      const b = chunk[i] ?? 0;
      if (mode === 'start' || mode === 'array' || mode === 'done') {
        if (b === NEWLINE) line += 1;
        if (isJsonSpace(b)) continue;
        if (mode === 'done') {
          yield { error: 'unexpected content after the closing ]', line };
          return;
        }
        if (mode === 'start' && b === BRACKET_OPEN) {
          mode = 'array';
          onArray();
          continue;
        }
        if (mode === 'array' && b === BRACKET_CLOSE) {
          mode = 'done';
          continue;
        }
        if (mode === 'array' && b === COMMA) continue;
        // A value begins here.
        elementLine = line;
        mode = mode === 'start' ? 'single' : 'element';
        depth = 0;
        inString = false;
        escaped = false;
        segStart = i;
      }
      // Inside a value.
      if (b === NEWLINE) line += 1;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
        continue;
      }
      if (b === QUOTE) inString = true;
      else if (b === BRACE_OPEN || b === BRACKET_OPEN) depth += 1;
      else if (b === BRACE_CLOSE || b === BRACKET_CLOSE) {
        if (depth === 0 && mode === 'element' && b === BRACKET_CLOSE) {
          // `]` closing the array right after a scalar element such as `1]`.
          take(chunk, segStart, i);
          segStart = -1;
          yield flush();
          mode = 'done';
          continue;
        }
        depth -= 1;
      } else if (b === COMMA && depth === 0 && mode === 'element') {
        take(chunk, segStart, i);
        segStart = -1;
        yield flush();
        mode = 'array';
        continue;
      }
      if (depth === 0 && mode === 'element' && (b === BRACE_CLOSE || b === BRACKET_CLOSE)) {
        take(chunk, segStart, i + 1);
        segStart = -1;
        yield flush();
        mode = 'array';
      }
    }
    if (segStart !== -1) take(chunk, segStart, chunk.length);
  }
  if (mode === 'single') {
    yield flush();
    return;
  }
  if (mode === 'element') {
    yield {
      error: 'unexpected end of file inside an array element (unclosed string or bracket)',
      line: elementLine,
    };
    return;
  }
  if (mode === 'array') yield { error: 'unexpected end of file: the array is not closed with ]', line };
}
