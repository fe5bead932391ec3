import { createHash } from 'node:crypto';

// Parameters that only say how a reader arrived, never which article it is.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  '_ga',
  '_gl',
  'cmpid',
  'ocid',
  'ito',
  'wt_mc',
  'at_medium',
  'at_campaign',
  'spm',
  'smid',
  'mkt_tok',
  'hsenc',
  '_hsenc',
  '_hsmi',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'icid',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The URL an article is known by: scheme and host lower-cased (WHATWG URL parsing does that
 * and drops default ports), fragment and tracking parameters removed, the remaining
 * parameters sorted, and a trailing slash removed except on the root path. Returns null
 * for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  // Sort by name then value so that ?b=1&a=2 and ?a=2&b=1 are the same article.
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  }
  return url.toString();
}

/** The outlet's domain from an article URL: the host lower-cased, without a leading 'www.'. */
export function outletFromUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Identity of an article without a URL: sha256 (hex) of title and body with all runs of
 * whitespace made one space and the ends trimmed, so re-wrapped copies hash the same.
 */
export function contentHash(title: string, body: string): string {
  const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
  return createHash('sha256')
    .update(`${norm(title)}\n${norm(body)}`, 'utf8')
    .digest('hex');
}
