import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { ErrorCode, NewsgraphError, UnreachableCaseError } from '../../errors.js';
import { DEFAULT_MAX_BODY_BYTES } from '../articleInput.js';
import type { Fetcher, FetcherOptions } from '../fetcher/fetcher.js';
import { createFetcher } from '../fetcher/fetcher.js';
import { gdeltSource } from '../gdelt/gdeltSource.js';
import type { ByteInput } from './byteInput.js';
import { bytesInput, fileInput, peekInput, readAllCapped, streamInput } from './byteInput.js';
import { feedRecords, feedSource } from './feedSource.js';
import type { Format } from './format.js';
import { FORMATS, formatFromPath, isFormat, isMarkdownPath, sniffFormat } from './format.js';
import { htmlRecord } from './htmlArticle.js';
import { jsonSource, ndjsonSource } from './jsonSource.js';
import type { IngestRecord } from './sourceRecord.js';
import { failure } from './sourceRecord.js';
import { textRecord, textSource } from './textSource.js';

export interface OpenSourceOptions {
  /** Skip detection and read every input as this format. */
  format?: Format;
  /** Largest article body in bytes (UTF-8). Default 2 MiB. */
  maxBodyBytes?: number;
  /** A shared fetcher (the caller closes it), or options for one made and closed here. */
  fetcher?: Fetcher | FetcherOptions;
  /** Fetch each feed item's page (default true); false uses the feed's own item text. */
  fetchFeedItems?: boolean;
  /** Standard input for the spec '-' (default `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Told the size of each chunk read from a local file (progress against `localInputBytes`). */
  onFileBytes?: (bytes: number) => void;
}

const SNIFF_BYTES = 4096;
const GLOB_CHARS = /[*?[\]{}]/;
const STDIN_LOCATION = '<stdin>';

function isFetcher(value: Fetcher | FetcherOptions | undefined): value is Fetcher {
  return typeof (value as Fetcher | undefined)?.fetch === 'function';
}

/**
 * Opens what the user named (a file, a directory walked recursively, a glob, an http(s)
 * URL, or '-' for stdin) and yields its records in order: articles, GDELT rows, and a
 * failure record for each bad one, which never stops the stream. Problems with the whole
 * source (nothing at that path, a glob matching nothing, an unknown format) are thrown as
 * `NewsgraphError`s. In a directory or glob, a file that cannot be read at all becomes one
 * failure record and the walk goes on.
 */
export async function* openSource(
  spec: string,
  options: OpenSourceOptions = {},
): AsyncGenerator<IngestRecord> {
  if (options.format !== undefined && !isFormat(options.format)) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `unknown format '${String(options.format)}'; use one of ${FORMATS.join(', ')}`,
    );
  }
  let owned: Fetcher | undefined;
  const fetcher = (): Fetcher => {
    if (isFetcher(options.fetcher)) return options.fetcher;
    owned ??= createFetcher(options.fetcher ?? {});
    return owned;
  };
  try {
    if (spec === '-') {
      yield* readInput(streamInput(STDIN_LOCATION, options.stdin ?? process.stdin), options, fetcher, null);
    } else if (/^https?:\/\//i.test(spec)) {
      yield* readUrl(spec, options, fetcher);
    } else {
      const files = await expand(spec);
      const open = async (path: string) => counted(await fileInput(path), options.onFileBytes);
      if (files.length === 1 && files[0] === spec) {
        yield* readInput(await open(spec), options, fetcher, spec);
      } else {
        for (const path of files) {
          try {
            yield* readInput(await open(path), options, fetcher, path);
          } catch (error) {
            if (!(error instanceof NewsgraphError)) throw error;
            yield failure(path, error.message);
          }
        }
      }
    }
  } finally {
    await owned?.close();
  }
}

/**
 * Checks before a run that every local spec (a file, a folder, a glob) names something to read,
 * throwing the error the run would meet there: a mistyped last path then stops the run before
 * anything is started, rather than after the first inputs were read. Standard input and URLs
 * are checked when they are read.
 */
export async function checkLocalSpecs(specs: readonly string[]): Promise<void> {
  for (const spec of specs) {
    if (spec === '-' || /^https?:\/\//i.test(spec)) continue;
    await expand(spec);
  }
}

/**
 * The total size of the local files the specs name, or null when it says nothing about how
 * far a run has got: stdin or a URL among them, a feed (its items are fetched pages), or a
 * spec that cannot be read (the run itself reports that).
 */
export async function localInputBytes(specs: readonly string[], format?: Format): Promise<number | null> {
  if (format === 'feed') return null;
  let total = 0;
  for (const spec of specs) {
    if (spec === '-' || /^https?:\/\//i.test(spec)) return null;
    const files = await expand(spec).catch(() => null);
    if (files === null) return null;
    for (const path of files) {
      if (format === undefined && formatFromPath(path) === 'feed') return null;
      const size = await stat(path).then(
        (s) => s.size,
        () => null,
      );
      if (size === null) return null;
      total += size;
    }
  }
  return total;
}

/** A file input that reports each chunk's size as it is read. */
function counted(input: ByteInput, onBytes: ((bytes: number) => void) | undefined): ByteInput {
  if (!onBytes) return input;
  return {
    location: input.location,
    async *open() {
      for await (const chunk of input.open()) {
        onBytes(chunk.length);
        yield chunk;
      }
    },
  };
}

async function* readInput(
  input: ByteInput,
  options: OpenSourceOptions,
  fetcher: () => Fetcher,
  path: string | null,
): AsyncGenerator<IngestRecord> {
  let format = options.format ?? (path ? formatFromPath(path) : null);
  let source = input;
  if (format === null) {
    const peeked = await peekInput(input, SNIFF_BYTES);
    format = sniffFormat(peeked.head);
    source = peeked.input;
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  switch (format) {
    case 'json':
      yield* jsonSource(source, { maxBodyBytes });
      return;
    case 'ndjson':
      yield* ndjsonSource(source, { maxBodyBytes });
      return;
    case 'text':
      yield* textSource(source, { maxBodyBytes, markdown: path !== null && isMarkdownPath(path) });
      return;
    case 'html': {
      // Pages carry markup, scripts and styles around the text, so the file may be larger than the body.
      const read = await readAllCapped(source, maxBodyBytes * 4 + 1024 * 1024);
      yield read.ok
        ? htmlRecord(source.location, read.bytes, { maxBodyBytes })
        : failure(source.location, read.reason);
      return;
    }
    case 'feed':
      yield* feedSource(source, feedOptions(options, fetcher, maxBodyBytes));
      return;
    case 'gdelt':
      yield* gdeltSource(source);
      return;
    default:
      throw new UnreachableCaseError(format);
  }
}

function feedOptions(options: OpenSourceOptions, fetcher: () => Fetcher, maxBodyBytes: number) {
  const fetchItemPages = options.fetchFeedItems !== false;
  return fetchItemPages
    ? { maxBodyBytes, fetchItemPages, fetcher: fetcher() }
    : { maxBodyBytes, fetchItemPages };
}

async function* readUrl(
  url: string,
  options: OpenSourceOptions,
  fetcher: () => Fetcher,
): AsyncGenerator<IngestRecord> {
  const page = await fetcher().fetch(url);
  if (!page.ok) {
    yield failure(page.url, page.reason);
    return;
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const format: Format = options.format ?? page.kind;
  const charset = page.charset ? { charset: page.charset } : {};
  switch (format) {
    case 'html':
      yield htmlRecord(page.url, page.bytes, { url: page.url, maxBodyBytes, ...charset });
      return;
    case 'feed':
      yield* feedRecords(page.url, page.bytes, {
        ...feedOptions(options, fetcher, maxBodyBytes),
        feedUrl: page.url,
        ...charset,
      });
      return;
    case 'text':
      yield textRecord(page.url, page.bytes, { maxBodyBytes, url: page.url });
      return;
    case 'json':
    case 'ndjson':
    case 'gdelt':
      yield* readInput(bytesInput(page.url, page.bytes), { ...options, format }, fetcher, null);
      return;
    default:
      throw new UnreachableCaseError(format);
  }
}

/** Known extensions only when walking a directory: a saved page's folder also holds images, scripts and styles. */
function isIngestible(name: string): boolean {
  return !name.startsWith('.') && formatFromPath(name) !== null;
}

/** The files a spec names: itself, a directory's files (recursive, sorted), or a glob's matches (sorted). */
async function expand(spec: string): Promise<string[]> {
  const s = await stat(spec).catch(() => null);
  if (s?.isFile()) return [spec];
  if (s?.isDirectory()) {
    const entries = await readdir(spec, { recursive: true, withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      // Hidden files and folders (.git, .DS_Store) are not articles. Judged on the path below
      // the folder named, however it was spelled ("./dir", "dir//"); join() normalises.
      if (
        relative(spec, path)
          .split(sep)
          .some((part) => part.startsWith('.'))
      )
        continue;
      if (!isIngestible(entry.name)) continue;
      // A symbolic link to a file counts as that file (links to folders are not walked: no loops).
      const isFile =
        entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile());
      if (isFile) files.push(path);
    }
    files.sort();
    if (files.length === 0) {
      throw new NewsgraphError(
        ErrorCode.INPUT_UNREADABLE,
        `${spec} holds no files to ingest (looked for .json, .ndjson, .jsonl, .txt, .md, .html, .htm, .xml, .rss, .atom, .csv, .tsv)`,
      );
    }
    return files;
  }
  if (GLOB_CHARS.test(spec)) {
    const matches = (
      await glob(spec, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(spec) })
    ).sort();
    if (matches.length === 0) throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `no files match ${spec}`);
    return matches;
  }
  throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `cannot read ${spec}: no such file or directory`);
}
