import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { formatBytes } from '../articleInput.js';

/**
 * Something a source reads bytes from: a file, stdin, or bytes already fetched. `location`
 * names it in failure records; `open` may be called once.
 */
export interface ByteInput {
  location: string;
  open(): AsyncIterable<Uint8Array>;
}

/** A file as a `ByteInput`; a missing or unreadable file is fatal for the whole source. */
export async function fileInput(path: string): Promise<ByteInput> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `${path} is not a file`);
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `cannot read ${path}: ${describeFsError(error)}`, {
      cause: error,
    });
  }
  return { location: path, open: () => createReadStream(path) };
}

/** Bytes in memory (a fetched page, a test) as a `ByteInput`. */
export function bytesInput(location: string, bytes: Uint8Array): ByteInput {
  return { location, open: () => Readable.from([bytes]) };
}

/** A readable stream (stdin) as a `ByteInput`. */
export function streamInput(location: string, stream: AsyncIterable<Uint8Array>): ByteInput {
  return { location, open: () => stream };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export type ReadAllResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a whole input, but never more than `maxBytes`: past it the read stops and the result
 * is a failure, so one huge file cannot exhaust memory.
 */
export async function readAllCapped(input: ByteInput, maxBytes: number): Promise<ReadAllResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  const iterable = input.open();
  for await (const chunk of iterable) {
    total += chunk.length;
    if (total > maxBytes) {
      const stream = iterable as { destroy?: () => void };
      stream.destroy?.();
      return { ok: false, reason: `file is over the limit of ${formatBytes(maxBytes)}` };
    }
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** One line of a line-based file: its 1-based number and bytes (without the newline), or null if over the cap. */
export interface Line {
  number: number;
  bytes: Buffer | null;
  /** The full length in bytes, also when the line was over the cap and dropped. */
  length: number;
}

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so that each line can be
 * checked for invalid UTF-8 on its own and a line over `maxLineBytes` is skipped rather than
 * buffered. (node:readline decodes with replacement characters and buffers lines of any
 * length, which loses both properties.) Memory stays bounded by `maxLineBytes` plus one chunk.
 */
export async function* readLines(input: ByteInput, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partsLength = 0;
  let overLength = 0;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number += 1;
    const length = overLength > 0 ? overLength + tail.length : partsLength + tail.length;
    let bytes: Buffer | null = null;
    if (overLength === 0 && length <= maxLineBytes) {
      bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail], length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    parts = [];
    partsLength = 0;
    overLength = 0;
    return { number, bytes, length };
  };
  for await (const raw of input.open()) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0) continue;
    if (overLength > 0) {
      overLength += rest.length;
    } else if (partsLength + rest.length > maxLineBytes) {
      overLength = partsLength + rest.length;
      parts = [];
      partsLength = 0;
    } else {
      // Copy: the stream may reuse its chunk buffer.
      parts.push(Buffer.from(rest));
      partsLength += rest.length;
    }
  }
  if (partsLength > 0 || overLength > 0) yield finish(Buffer.alloc(0));
}

/**
 * Reads the first `n` bytes (or fewer, at the end) and returns them with an input that
 * replays them before the rest, so a stream such as stdin can be sniffed and still read whole.
 */
export async function peekInput(input: ByteInput, n: number): Promise<{ head: Buffer; input: ByteInput }> {
  const iterator = input.open()[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const step = await iterator.next();
    if (step.done) {
      done = true;
      break;
    }
    buffered.push(step.value);
    length += step.value.length;
  }
  const head = Buffer.concat(buffered).subarray(0, n);
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* buffered;
    if (done) return;
    for (;;) {
      const step = await iterator.next();
      if (step.done) return;
      yield step.value;
    }
  }
  return { head, input: { location: input.location, open: replay } };
}
