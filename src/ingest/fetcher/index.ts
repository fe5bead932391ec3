/** The HTTP(S) fetcher for pages and feeds: timeouts, size cap, redirects, politeness, SSRF policy. */
export { addressRefusal } from './addressPolicy.js';
export type { FetchedKind, Fetcher, FetcherOptions, FetchResult } from './fetcher.js';
export { classifyContent, createFetcher, DEFAULT_FETCHER_OPTIONS, USER_AGENT } from './fetcher.js';
