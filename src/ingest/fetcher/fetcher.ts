import { lookup as dnsLookup } from 'node:dns';
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import pLimit from 'p-limit';
import { Agent, request } from 'undici';
import { projectPath } from '../../paths.js';
import { formatBytes } from '../articleInput.js';
import { addressRefusal } from './addressPolicy.js';

export interface FetcherOptions {
  /** Whole request, redirects and body included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Requests in flight at once, over all hosts. Default 8. */
  concurrency?: number;
  /** Least time between the starts of two requests to the same host. Default 1 000 ms. */
  perHostDelayMs?: number;
  /** Allow loopback, private and link-local targets. Off by default (SSRF); tests turn it on. */
  allowPrivateNetworks?: boolean;
  userAgent?: string;
  /**
   * Why an address is refused, or null to allow it; applied to IP literals and to every
   * resolved address unless `allowPrivateNetworks`. Default `addressRefusal` (public unicast only).
   */
  addressPolicy?: (address: string) => string | null;
}

/** What a fetched body is, from its Content-Type (or, without one, its first bytes). */
export type FetchedKind = 'html' | 'feed' | 'text' | 'json' | 'ndjson';

export type FetchResult =
  | {
      ok: true;
      /** The URL after redirects. */
      url: string;
      requestedUrl: string;
      status: number;
      kind: FetchedKind;
      /** The media type, lower-cased, without parameters ('' when the server sent none). */
      mediaType: string;
      /** The `charset` parameter of Content-Type, if any. */
      charset?: string;
      bytes: Buffer;
    }
  | { ok: false; url: string; reason: string };

export interface Fetcher {
  /** Fetches one URL; every expected problem comes back as `{ ok: false, reason }`, never thrown. */
  fetch(url: string): Promise<FetchResult>;
  /** Closes pooled connections; the fetcher must not be used afterwards. */
  close(): Promise<void>;
}

export const DEFAULT_FETCHER_OPTIONS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 8,
  perHostDelayMs: 1_000,
  allowPrivateNetworks: false,
} as const;

function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(projectPath('package.json'), 'utf8'));
    const v = (pkg as { version?: unknown }).version;
    return typeof v === 'string' ? v : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** `Newsgraph/<version> (+npm:newsgraph)`: names the software and where to learn about it, no host of ours. */
export const USER_AGENT = `Newsgraph/${packageVersion()} (+npm:newsgraph)`;

/** Raised inside the connection's DNS lookup when every resolved address is refused. */
class AddressRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'AddressRefusedError';
  }
}

class TooLargeError extends Error {}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
]);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);
// A crawler's dump served over HTTP: articles as JSON (one object or an array) or one a line.
const JSON_TYPES = new Set(['application/json', 'text/json']);
const NDJSON_TYPES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Classifies a Content-Type; with none, sniffs the body as browsers do. */
export function classifyContent(mediaType: string, bytes: Uint8Array): FetchedKind | null {
  if (HTML_TYPES.has(mediaType)) return 'html';
  if (FEED_TYPES.has(mediaType) || mediaType.endsWith('+xml')) return 'feed';
  if (TEXT_TYPES.has(mediaType)) return 'text';
  if (JSON_TYPES.has(mediaType)) return 'json';
  if (NDJSON_TYPES.has(mediaType)) return 'ndjson';
  if (mediaType !== '') return null;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed')) return 'feed';
  if (head.startsWith('<')) return 'html';
  return 'text';
}

/**
 * An HTTP(S) client for articles and feeds. Guards, in the order they apply: per-host
 * politeness delay, overall concurrency, SSRF policy (the host is resolved and every address
 * checked on every hop, inside the connection's own DNS lookup, so the socket goes to the
 * address that was checked and a DNS rebinding cannot swap it), manual redirects with a cap
 * and loop detection, a timeout over the whole exchange, a streamed size cap, and an
 * accepted-content check.
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const opts = { ...DEFAULT_FETCHER_OPTIONS, ...options };
  const userAgent = options.userAgent ?? USER_AGENT;
  const policy = options.addressPolicy ?? addressRefusal;
  const limit = pLimit(Math.max(1, opts.concurrency));
  const nextStart = new Map<string, number>();

  const agent = new Agent({
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    connect: opts.allowPrivateNetworks ? {} : { lookup: checkedLookup(policy) },
  });

  async function politeness(host: string): Promise<void> {
    if (opts.perHostDelayMs <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, nextStart.get(host) ?? 0);
    nextStart.set(host, slot + opts.perHostDelayMs);
    if (slot > now) await sleep(slot - now);
  }

  async function fetchOnce(requestedUrl: string): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(requestedUrl);
    } catch {
      return { ok: false, url: requestedUrl, reason: 'not a valid URL' };
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
    const seen = new Set<string>();
    let hops = 0;
    try {
      for (;;) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          return {
            ok: false,
            url: url.href,
            reason: `unsupported URL scheme '${url.protocol}' (only http and https)`,
          };
        }
        url.hash = '';
        seen.add(url.href);
        const literal = refusedLiteral(url.hostname);
        if (literal) return { ok: false, url: url.href, reason: literal };
        if (hops > 0) await politeness(url.host);
        const response = await request(url, {
          method: 'GET',
          dispatcher: agent,
          signal: controller.signal,
          headers: {
            'user-agent': userAgent,
            accept:
              'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
            'accept-encoding': 'gzip, deflate, br',
          },
        });
        const header = (name: string): string | undefined => {
          const v = response.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        if (REDIRECTS.has(response.statusCode)) {
          await response.body.dump();
          const location = header('location');
          if (!location) {
            return {
              ok: false,
              url: url.href,
              reason: `HTTP ${response.statusCode} redirect without a Location header`,
            };
          }
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            return { ok: false, url: url.href, reason: `redirect to an invalid URL '${location}'` };
          }
          next.hash = '';
          if (seen.has(next.href)) {
            return {
              ok: false,
              url: url.href,
              reason: `redirect loop: ${url.href} redirects back to ${next.href}`,
            };
          }
          hops += 1;
          if (hops > opts.maxRedirects) {
            return {
              ok: false,
              url: url.href,
              reason: `too many redirects (more than ${opts.maxRedirects})`,
            };
          }
          url = next;
          continue;
        }
        if (response.statusCode < 200 || response.statusCode > 299) {
          await response.body.dump();
          const text = STATUS_CODES[response.statusCode];
          return { ok: false, url: url.href, reason: `HTTP ${response.statusCode}${text ? ` ${text}` : ''}` };
        }
        const contentType = header('content-type') ?? '';
        const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
        const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
        if (mediaType !== '' && classifyContent(mediaType, new Uint8Array()) === null) {
          await response.body.dump();
          return unaccepted(url.href, mediaType);
        }
        const declared = Number(header('content-length'));
        if (!header('content-encoding') && Number.isFinite(declared) && declared > opts.maxBytes) {
          abandon(response.body);
          return {
            ok: false,
            url: url.href,
            reason: `larger than the ${formatBytes(opts.maxBytes)} limit (content-length ${declared})`,
          };
        }
        let bytes: Buffer;
        try {
          bytes = await readCapped(decoded(response.body, header('content-encoding')), opts.maxBytes);
        } catch (error) {
          abandon(response.body);
          if (error instanceof TooLargeError) {
            return {
              ok: false,
              url: url.href,
              reason: `larger than the ${formatBytes(opts.maxBytes)} limit`,
            };
          }
          throw error;
        }
        const kind = classifyContent(mediaType, bytes);
        if (kind === null) return unaccepted(url.href, mediaType);
        const result: FetchResult = {
          ok: true,
          url: url.href,
          requestedUrl,
          status: response.statusCode,
          kind,
          mediaType,
          bytes,
        };
        if (charset) result.charset = charset;
        return result;
      }
    } catch (error) {
      if (controller.signal.aborted) {
        return { ok: false, url: url.href, reason: `timed out after ${formatMs(opts.timeoutMs)}` };
      }
      const refused = findCause(error, AddressRefusedError);
      if (refused) return { ok: false, url: url.href, reason: refused.reason };
      return { ok: false, url: url.href, reason: `fetch failed: ${describeNetworkError(error)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  function refusedLiteral(hostname: string): string | null {
    if (opts.allowPrivateNetworks) return null;
    const bare = hostname.replace(/^\[|\]$/g, '');
    if (isIP(bare) === 0) return null;
    // A literal IP never goes through DNS lookup, so it is checked here.
    const why = policy(bare);
    return why ? refusal(bare, bare, why) : null;
  }

  return {
    async fetch(url: string): Promise<FetchResult> {
      let host = '';
      try {
        host = new URL(url).host;
      } catch {
        return { ok: false, url, reason: 'not a valid URL' };
      }
      await politeness(host);
      return limit(() => fetchOnce(url));
    },
    async close(): Promise<void> {
      await agent.close();
    },
  };
}

/** The answer for a body of a type ingestion cannot read, told by its header or its bytes. */
function unaccepted(url: string, mediaType: string): FetchResult {
  return { ok: false, url, reason: `not a page, feed, text or JSON (content-type: ${mediaType})` };
}

function refusal(host: string, address: string, why: string): string {
  const target = host === address ? address : `${host} (${address})`;
  return `refused: ${target} is ${why}; fetching from private networks is off (set NEWSGRAPH_ALLOW_PRIVATE_NETWORKS=true, or pass --allow-private to ingest)`;
}

/**
 * The connection's DNS lookup: resolves every address, refuses the host if any of them is
 * not public (a name that also points inside is suspect), and hands the socket exactly the
 * checked addresses, so what is checked is what is connected to.
 */
function checkedLookup(policy: (address: string) => string | null): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(
      hostname,
      { all: true, ...(options.family ? { family: options.family } : {}) },
      (err, addresses) => {
        if (err) {
          callback(err, []);
          return;
        }
        for (const a of addresses) {
          const why = policy(a.address);
          if (why) {
            callback(new AddressRefusedError(refusal(hostname, a.address, why)) as NodeJS.ErrnoException, []);
            return;
          }
        }
        const first = addresses[0];
        if (!first) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
    );
  };
}

function decoded(body: Readable, encoding: string | undefined): AsyncIterable<Buffer> {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return body.pipe(createGunzip());
    case 'deflate':
      return body.pipe(createInflate());
    case 'br':
      return body.pipe(createBrotliDecompress());
    default:
      return body;
  }
}

async function readCapped(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new TooLargeError();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Stops reading a body we no longer want; undici reports the abort as a stream error, which is expected here. */
function abandon(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function findCause<T extends Error>(error: unknown, type: new (...args: never[]) => T): T | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 6 && e instanceof Error; depth++) {
    if (e instanceof type) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeNetworkError(error: unknown): string {
  let e: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  for (let depth = 0; depth < 6 && e instanceof Error; depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve host (${String(code)})`;
    if (code === 'ECONNREFUSED') return 'connection refused';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
    message = e.message || message;
    e = (e as { cause?: unknown }).cause;
  }
  return message;
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
