import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentHash, outletFromUrl } from '../../../src/ingest/canonicalUrl.js';

describe('canonicalUrl', () => {
  it('normalises scheme, host, port, fragment, tracking parameters, order and trailing slash', () => {
    expect(
      [
        'HTTPS://News.Example.COM:443/World/Story/?utm_source=rss&b=2&fbclid=abc&a=1&gclid=x&mc_cid=y&ref=home#comments',
        'http://news.example.com:80/',
        'http://news.example.com:8080/a/',
        'https://user:pw@news.example.com/a?UTM_Medium=x',
        'https://news.example.com/a?b=2&a=3&a=1',
        'ftp://news.example.com/a',
        'not a url',
      ].map(canonicalUrl),
    ).toEqual([
      'https://news.example.com/World/Story?a=1&b=2',
      'http://news.example.com/',
      'http://news.example.com:8080/a',
      'https://news.example.com/a',
      'https://news.example.com/a?a=1&a=3&b=2',
      null,
      null,
    ]);
  });
});

describe('outletFromUrl', () => {
  it('gives the host without www', () => {
    expect(
      ['https://www.mbl.is/frettir/x', 'https://edition.cnn.com/', 'mailto:x@y.z'].map(outletFromUrl),
    ).toEqual(['mbl.is', 'edition.cnn.com', null]);
  });
});

describe('contentHash', () => {
  it('ignores differences in whitespace only', () => {
    const a = contentHash('Title', 'One  line.\n\nTwo lines.');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(' Title ', 'One line. Two\tlines. ')).toBe(a);
    expect(contentHash('Title', 'One line. Two lines!')).not.toBe(a);
  });
});
