import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DEFAULT_MAX_BODY_BYTES, formatFieldErrors, looseDate, parseArticleInput } from '../articleInput.js';
import type { DecodeResult } from './decodeText.js';
import { bomCharset, decodeUtf8, decodeWithCharset, looksBinary } from './decodeText.js';
import { FURNITURE, htmlToText } from './htmlText.js';
import type { SourceRecord } from './sourceRecord.js';
import { failure } from './sourceRecord.js';

export interface HtmlArticleOptions {
  /** The page's own URL (after redirects) when it was fetched; resolves relative links. */
  url?: string;
  /** `charset` from the HTTP Content-Type header, which outranks the page's `<meta>`. */
  charset?: string;
  maxBodyBytes?: number;
}

const NO_TEXT = 'no article text found';
const MIN_READABILITY_CHARS = 100;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * Decodes an HTML document as a browser would: a BOM first, then the HTTP charset, then a
 * `<meta charset>` / `http-equiv` declaration in the first 4 KiB; with none, strict UTF-8,
 * falling back to windows-1252 (the HTML default for legacy pages) when that fails.
 */
export function decodeHtml(bytes: Uint8Array, httpCharset?: string): DecodeResult & { charset?: string } {
  const bom = bomCharset(bytes);
  if (bom) return { ...decodeWithCharset(bytes, bom), charset: bom };
  if (httpCharset) return { ...decodeWithCharset(bytes, httpCharset), charset: httpCharset };
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = META_CHARSET.exec(head)?.[1];
  if (declared) return { ...decodeWithCharset(bytes, declared), charset: declared };
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return { ...utf8, charset: 'utf-8' };
  return { ...decodeWithCharset(bytes, 'windows-1252'), charset: 'windows-1252' };
}

interface PageMeta {
  title?: string;
  url?: string;
  publishedAt?: string;
  outlet?: string;
  authors?: string[];
  lang?: string;
}

/**
 * An HTML page as an article: main text by Readability over linkedom, metadata from
 * `<meta>`, Open Graph, JSON-LD `NewsArticle`, `<link rel=canonical>` and `<html lang>`.
 * Malformed HTML still yields whatever text it has; a page without any is a failure.
 */
export function htmlRecord(
  location: string,
  bytes: Uint8Array,
  options: HtmlArticleOptions = {},
): SourceRecord {
  if (bomCharset(bytes) === null && looksBinary(bytes)) {
    return failure(location, 'binary file (contains NUL bytes), not HTML');
  }
  const decoded = decodeHtml(bytes, options.charset);
  if (!decoded.ok) return failure(location, decoded.reason);
  const article = htmlToArticle(decoded.text, options.url);
  if (article === null) return failure(location, NO_TEXT);
  const parsed = parseArticleInput(article, { maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
  return parsed.ok
    ? { kind: 'article', input: parsed.value, location }
    : failure(location, formatFieldErrors(parsed.errors));
}

/** HTML text to an unvalidated article, or null when there is no text at all. */
export function htmlToArticle(source: string, pageUrl?: string): Record<string, unknown> | null {
  // linkedom builds a strange tree from a bare fragment (no <html>/<body>), so give it one.
  const html = /<(html|body)[\s>]/i.test(source)
    ? source
    : `<!doctype html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document (drops scripts, so JSON-LD too).
  const meta = readMeta(document as unknown as Document, pageUrl);
  let body = '';
  let readabilityTitle = '';
  try {
    const result = new Readability(document as unknown as Document, {
      charThreshold: MIN_READABILITY_CHARS,
    }).parse();
    if (result?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`);
      body = htmlToText(content.body as unknown as Parameters<typeof htmlToText>[0]);
      readabilityTitle = result.title ?? '';
    }
  } catch {
    // Readability gives up on some broken trees; the plain-text fallback below still works.
  }
  // Readability returns whatever it finds, even a lone menu label; below its own threshold the
  // page text without navigation furniture is the better (or honestly empty) answer.
  if (body.length < MIN_READABILITY_CHARS) {
    const { document: again } = parseHTML(html);
    const root = (again.documentElement ?? again) as unknown as Parameters<typeof htmlToText>[0];
    body = htmlToText(root, FURNITURE);
  }
  if (body === '') return null;
  const title = meta.title ?? (readabilityTitle || firstHeading(document as unknown as Document) || '');
  const out: Record<string, unknown> = { title, body };
  if (meta.url) out.url = meta.url;
  if (meta.publishedAt) out.publishedAt = meta.publishedAt;
  if (meta.outlet) out.outlet = meta.outlet;
  if (meta.authors && meta.authors.length > 0) out.authors = meta.authors;
  if (meta.lang) out.lang = meta.lang;
  return out;
}

function firstHeading(document: Document): string {
  return document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function metaContent(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = document.querySelector(`meta[${attr}="${key}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return undefined;
}

function readMeta(document: Document, pageUrl: string | undefined): PageMeta {
  const ld = readJsonLd(document);
  const meta: PageMeta = {};
  const title =
    metaContent(document, 'og:title', 'twitter:title') ??
    ld.headline ??
    document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title;

  const base = pageUrl;
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(document, 'og:url'),
    ld.url,
  ];
  meta.url = pickUrl(candidates, base);

  const published = looseDate(
    metaContent(
      document,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'DC.date.issued',
      'dc.date',
    ) ?? ld.datePublished,
  );
  if (published) meta.publishedAt = published;

  const outlet = metaContent(document, 'og:site_name', 'application-name') ?? ld.publisher;
  if (outlet) meta.outlet = outlet;

  const authors = ld.authors.length > 0 ? ld.authors : metaAuthors(document);
  if (authors.length > 0) meta.authors = authors;

  const lang =
    document.documentElement?.getAttribute('lang') ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    metaContent(document, 'og:locale')?.replace('_', '-') ??
    ld.inLanguage;
  const cleanLang = lang?.trim().split(/[,;\s]/)[0];
  if (cleanLang && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(cleanLang)) meta.lang = cleanLang;
  return meta;
}

/**
 * The page's identity URL: its declared canonical (or og:url) when that stays on the same
 * host as the page, else the page URL itself. A page cannot claim another site's URL, or one
 * hostile page could overwrite another outlet's article.
 */
function pickUrl(
  candidates: Array<string | null | undefined>,
  pageUrl: string | undefined,
): string | undefined {
  const pageHost = pageUrl ? hostOf(pageUrl) : undefined;
  for (const c of candidates) {
    if (!c) continue;
    let abs: string;
    try {
      abs = new URL(c.trim(), pageUrl).toString();
    } catch {
      continue;
    }
    if (!/^https?:$/.test(new URL(abs).protocol)) continue;
    if (pageHost === undefined || hostOf(abs) === pageHost) return abs;
  }
  return pageUrl;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function metaAuthors(document: Document): string[] {
  const names: string[] = [];
  for (const el of Array.from(
    document.querySelectorAll('meta[name="author"], meta[property="article:author"]'),
  )) {
    const v = el.getAttribute('content')?.trim();
    // article:author is often a profile URL, which is not a name.
    if (v && !/^https?:\/\//i.test(v) && !names.includes(v)) names.push(v);
  }
  return names;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  publisher?: string;
  inLanguage?: string;
  authors: string[];
}

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
]);

/** The first schema.org article object in the page's JSON-LD blocks (malformed blocks are skipped). */
function readJsonLd(document: Document): JsonLdArticle {
  const out: JsonLdArticle = { authors: [] };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (!found) continue;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    const headline = str(found.headline) ?? str(found.name);
    if (headline) out.headline = headline;
    const date = str(found.datePublished) ?? str(found.dateCreated);
    if (date) out.datePublished = date;
    const url = str(found.url) ?? str(found.mainEntityOfPage) ?? str(idOf(found.mainEntityOfPage));
    if (url) out.url = url;
    const publisher = str(found.publisher) ?? str(nameOf(found.publisher));
    if (publisher) out.publisher = publisher;
    const inLanguage = str(found.inLanguage);
    if (inLanguage) out.inLanguage = inLanguage;
    const authors = Array.isArray(found.author)
      ? found.author
      : found.author === undefined
        ? []
        : [found.author];
    out.authors = authors
      .map((a: unknown) => str(a) ?? str(nameOf(a)))
      .filter((a): a is string => a !== undefined);
    return out;
  }
  return out;
}

function nameOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>).name : undefined;
}

function idOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>)['@id'] : undefined;
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const f = findArticle(item, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const obj = data as Record<string, unknown>;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}
