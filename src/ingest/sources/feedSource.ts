import { DetectError, MalformedError, parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { DEFAULT_MAX_BODY_BYTES, formatFieldErrors, looseDate, parseArticleInput } from '../articleInput.js';
import type { Fetcher } from '../fetcher/fetcher.js';
import type { ByteInput } from './byteInput.js';
import { readAllCapped } from './byteInput.js';
import { bomCharset, decodeUtf8, decodeWithCharset, looksBinary } from './decodeText.js';
import { htmlRecord } from './htmlArticle.js';
import { htmlToText } from './htmlText.js';
import type { ArticleRecord, SourceRecord } from './sourceRecord.js';
import { failure } from './sourceRecord.js';
import { textRecord } from './textSource.js';

export interface FeedSourceOptions {
  maxBodyBytes?: number;
  /** Fetches each item's page; without one, items are built from the feed's own text. */
  fetcher?: Fetcher;
  /** Default true. False builds every item from the feed's own text (offline, or trusted full-text feeds). */
  fetchItemPages?: boolean;
  /** The feed's own URL, to resolve relative item links. */
  feedUrl?: string;
  /** `charset` from the HTTP header when the feed was fetched. */
  charset?: string;
}

/** Feeds are lists of links; anything beyond this is not a feed we should hold in memory. */
const MAX_FEED_BYTES = 64 * 1024 * 1024;
/** Item pages fetched ahead of the one being yielded; the fetcher's own limits still apply. */
const PREFETCH = 16;

/** One feed entry, whatever the feed format. */
export interface FeedItem {
  link?: string;
  title?: string;
  publishedAt?: string;
  authors?: string[];
  /** The item's own HTML or text (content:encoded, Atom content, description or summary). */
  html?: string;
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom file: each item's page fetched and read as an article. */
export async function* feedSource(
  input: ByteInput,
  options: FeedSourceOptions = {},
): AsyncGenerator<SourceRecord> {
  const read = await readAllCapped(input, MAX_FEED_BYTES);
  if (!read.ok) {
    yield failure(input.location, read.reason);
    return;
  }
  yield* feedRecords(input.location, read.bytes, options);
}

/**
 * The records of a feed's bytes. A feed that cannot be parsed is one failure; a feed with
 * no items is one failure saying so. Each item becomes the article read from its link's page;
 * when that page cannot be had (fetch failed, no text), the item's own text in the feed is
 * used instead, with a warning, because a summary is better than losing the item; an item
 * with neither is a failure at its link.
 */
export async function* feedRecords(
  location: string,
  bytes: Uint8Array,
  options: FeedSourceOptions = {},
): AsyncGenerator<SourceRecord> {
  const parsed = parseFeedItems(bytes, options.charset);
  if ('reason' in parsed) {
    yield failure(location, parsed.reason);
    return;
  }
  if (parsed.items.length === 0) {
    yield failure(location, 'feed has no items');
    return;
  }
  const pending: Array<Promise<SourceRecord>> = [];
  let next = 0;
  const items = parsed.items;
  const start = () => {
    const index = next++;
    const item = items[index];
    if (item) pending.push(itemRecord(item, `${location}#item ${index + 1}`, options));
  };
  while (next < items.length && pending.length < PREFETCH) start();
  while (pending.length > 0) {
    const record = await (pending.shift() as Promise<SourceRecord>);
    if (next < items.length) start();
    yield record;
  }
}

type ParsedFeed = { items: FeedItem[] } | { reason: string };

function decodeFeed(bytes: Uint8Array, httpCharset?: string) {
  const bom = bomCharset(bytes);
  if (bom) return decodeWithCharset(bytes, bom);
  if (httpCharset) return decodeWithCharset(bytes, httpCharset);
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  return declared ? decodeWithCharset(bytes, declared) : decodeUtf8(bytes);
}

/** Parses feed bytes into items (feedsmith detects RSS, RDF and Atom). */
export function parseFeedItems(bytes: Uint8Array, httpCharset?: string): ParsedFeed {
  if (bomCharset(bytes) === null && looksBinary(bytes))
    return { reason: 'binary file (contains NUL bytes), not a feed' };
  const decoded = decodeFeed(bytes, httpCharset);
  if (!decoded.ok) return { reason: decoded.reason };
  // feedsmith takes a JSON Feed as an object, not text: given the text it only says "Invalid feed
  // format", so the version key that every JSON Feed carries is looked for first.
  if (/^\s*\{/.test(decoded.text) && decoded.text.includes('jsonfeed.org/version')) {
    return { reason: 'JSON Feed is not supported; use RSS or Atom' };
  }
  let result: ReturnType<typeof parseFeed>;
  try {
    result = parseFeed(decoded.text);
  } catch (error) {
    if (error instanceof MalformedError) return { reason: 'malformed feed: the XML is not well-formed' };
    if (error instanceof DetectError) return { reason: 'not an RSS or Atom feed' };
    return { reason: `malformed feed: ${(error as Error).message}` };
  }
  switch (result.format) {
    case 'rss':
      return {
        items: (result.feed.items ?? []).map((i) =>
          clean({
            link: i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : undefined),
            title: i.title,
            publishedAt: dateOf(i.pubDate ?? i.dc?.dates?.[0]),
            authors: names([...(i.authors ?? []).map(personName), ...(i.dc?.creators ?? [])]),
            html: i.content?.encoded ?? i.description,
          }),
        ),
      };
    case 'rdf':
      return {
        items: (result.feed.items ?? []).map((i) =>
          clean({
            link: i.link,
            title: i.title,
            publishedAt: dateOf(i.dc?.dates?.[0]),
            authors: names(i.dc?.creators ?? []),
            html: i.content?.encoded ?? i.description,
          }),
        ),
      };
    case 'atom':
      return {
        items: (result.feed.entries ?? []).map((e) =>
          clean({
            link:
              (e.links ?? []).find((l) => (l.rel ?? 'alternate') === 'alternate')?.href ?? e.links?.[0]?.href,
            title: e.title?.value,
            publishedAt: dateOf(e.published ?? e.updated),
            authors: names((e.authors ?? []).map((a) => a.name)),
            html: e.content?.value ?? e.summary?.value,
          }),
        ),
      };
    case 'json':
      return { reason: 'JSON Feed is not supported; use RSS or Atom' };
    default:
      return { reason: 'not an RSS or Atom feed' };
  }
}

function dateOf(v: unknown): string | undefined {
  if (typeof v === 'string') return looseDate(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return undefined;
}

function personName(p: unknown): string | undefined {
  if (typeof p === 'string') return p;
  if (typeof p === 'object' && p !== null) {
    const n = (p as { name?: unknown }).name;
    return typeof n === 'string' ? n : undefined;
  }
  return undefined;
}

function names(list: Array<string | undefined>): string[] | undefined {
  const out: string[] = [];
  for (const n of list) {
    const t = n?.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out.length > 0 ? out : undefined;
}

function clean(item: FeedItem): FeedItem {
  const out: FeedItem = {};
  if (item.link?.trim()) out.link = item.link.trim();
  if (item.title?.trim()) out.title = item.title.trim();
  if (item.publishedAt) out.publishedAt = item.publishedAt;
  if (item.authors) out.authors = item.authors;
  if (item.html?.trim()) out.html = item.html;
  return out;
}

async function itemRecord(
  item: FeedItem,
  fallbackLocation: string,
  options: FeedSourceOptions,
): Promise<SourceRecord> {
  let link: string | undefined;
  if (item.link) {
    try {
      const abs = new URL(item.link, options.feedUrl);
      if (abs.protocol === 'http:' || abs.protocol === 'https:') link = abs.href;
    } catch {
      link = undefined;
    }
  }
  const location = link ?? fallbackLocation;
  const fetching = options.fetchItemPages !== false && options.fetcher !== undefined;
  let pageProblem: string | undefined;
  if (link && fetching && options.fetcher) {
    const page = await options.fetcher.fetch(link);
    if (page.ok && (page.kind === 'feed' || page.kind === 'json' || page.kind === 'ndjson')) {
      pageProblem = `the item link is ${page.kind === 'feed' ? 'a feed' : 'JSON'}, not an article`;
    } else if (page.ok) {
      const pageOptions = { url: page.url, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES };
      const record =
        page.kind === 'html'
          ? htmlRecord(
              location,
              page.bytes,
              page.charset ? { ...pageOptions, charset: page.charset } : pageOptions,
            )
          : textRecord(location, page.bytes, pageOptions);
      if (record.kind === 'article') return withItemMeta(record, item);
      pageProblem = record.reason;
    } else {
      pageProblem = page.reason;
    }
  }
  const fromFeed = feedTextRecord(item, location, link, options.maxBodyBytes);
  if (fromFeed.kind === 'article') {
    if (pageProblem) fromFeed.warning = `page not used (${pageProblem}); the feed item's own text was used`;
    return fromFeed;
  }
  return failure(location, pageProblem ?? fromFeed.reason);
}

/** Fills what the page did not say from the feed item (title, date, authors). */
function withItemMeta(record: ArticleRecord, item: FeedItem): ArticleRecord {
  const input = { ...record.input };
  if (!input.title && item.title) input.title = item.title;
  if (!input.publishedAt && item.publishedAt) input.publishedAt = item.publishedAt;
  if (!input.authors && item.authors) input.authors = item.authors;
  return { ...record, input };
}

function feedTextRecord(
  item: FeedItem,
  location: string,
  link: string | undefined,
  maxBodyBytes: number | undefined,
): SourceRecord {
  const body = item.html ? htmlFragmentToText(item.html) : '';
  if (body === '') {
    return failure(location, link ? 'feed item has no text of its own' : 'feed item has no link and no text');
  }
  const candidate: Record<string, unknown> = { title: item.title ?? '', body };
  if (link) candidate.url = link;
  if (item.publishedAt) candidate.publishedAt = item.publishedAt;
  if (item.authors) candidate.authors = item.authors;
  const parsed = parseArticleInput(candidate, { maxBodyBytes: maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
  return parsed.ok
    ? { kind: 'article', input: parsed.value, location }
    : failure(location, formatFieldErrors(parsed.errors));
}

function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlToText(document.body as unknown as Parameters<typeof htmlToText>[0]);
}
