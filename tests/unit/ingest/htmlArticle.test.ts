import { describe, expect, it } from 'vitest';
import { htmlRecord } from '../../../src/ingest/sources/htmlArticle.js';
import { articleHtml } from './helpers.js';

const P1 = 'The foreign ministers met in the capital on Tuesday to discuss trade and security in the region.';
const P2 = 'Both sides said the talks were constructive and agreed to meet again before the end of the year.';

describe('htmlRecord', () => {
  it('takes the main text and the metadata from meta tags, Open Graph, JSON-LD, canonical link and lang', () => {
    const head = [
      '<meta charset="utf-8">',
      '<meta property="og:title" content="Ministers meet for talks">',
      '<meta property="og:site_name" content="The Example Post">',
      '<meta property="article:published_time" content="2024-06-18T09:15:00+02:00">',
      '<link rel="canonical" href="/world/ministers-meet?utm_campaign=x">',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},',
      '{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-06-18T07:00:00Z",',
      '"author":[{"@type":"Person","name":"Ann Author"},"Ben Author"],"publisher":{"@type":"Organization","name":"Example Post Ltd"}}]}</script>',
    ].join('');
    const html = articleHtml({ title: 'Ministers meet', paragraphs: [P1, P2], head, lang: 'en-GB' });
    expect(htmlRecord('page.html', Buffer.from(html), { url: 'https://www.example.com/x?id=1' })).toEqual({
      kind: 'article',
      location: 'page.html',
      input: {
        title: 'Ministers meet for talks',
        body: `Ministers meet\n\n${P1}\n\n${P2}`,
        url: 'https://www.example.com/world/ministers-meet?utm_campaign=x',
        publishedAt: '2024-06-18T07:15:00.000Z',
        outlet: 'The Example Post',
        authors: ['Ann Author', 'Ben Author'],
        lang: 'en-GB',
      },
    });
  });

  it('falls back to JSON-LD and <title>, and refuses a canonical URL on another host', () => {
    const head =
      '<link rel="canonical" href="https://other.example.org/stolen">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-18","publisher":{"name":"LD Outlet"}}</script>' +
      '<script type="application/ld+json">{not json</script>';
    const html = articleHtml({ title: 'Plain title', paragraphs: [P1, P2], head });
    expect(
      htmlRecord('https://news.example/p/1', Buffer.from(html), { url: 'https://news.example/p/1' }),
    ).toEqual({
      kind: 'article',
      location: 'https://news.example/p/1',
      input: {
        title: 'Plain title',
        body: `${P1}\n\n${P2}`,
        url: 'https://news.example/p/1',
        publishedAt: '2024-06-18',
        outlet: 'LD Outlet',
      },
    });
  });

  it('decodes a legacy charset from the meta tag, and the HTTP charset outranks it', () => {
    const text =
      'Þingið samþykkti lögin á fundi sínum í dag með miklum meirihluta atkvæða eftir langa umræðu.';
    const html = articleHtml({
      title: 'Lög samþykkt',
      paragraphs: [text, text],
      head: '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
      lang: 'is',
    });
    const latin1 = Buffer.from(html, 'latin1');
    expect(htmlRecord('is.html', latin1)).toEqual({
      kind: 'article',
      location: 'is.html',
      input: { title: 'Lög samþykkt', body: `${text}\n\n${text}`, lang: 'is' },
    });
    // windows-1251 Cyrillic declared only in the HTTP header.
    const ru = 'Министры встретились во вторник в столице, чтобы обсудить торговлю и безопасность в регионе.';
    const cp1251 = Buffer.from(
      new Uint8Array(
        [...ru].map((c) =>
          c === ' ' || c === ',' || c === '.' ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0,
        ),
      ),
    );
    const page = Buffer.concat([
      Buffer.from('<html><body><article><p>'),
      cp1251,
      Buffer.from(' '),
      cp1251,
      Buffer.from('</p></article></body></html>'),
    ]);
    expect(htmlRecord('ru.html', page, { charset: 'windows-1251' })).toEqual({
      kind: 'article',
      location: 'ru.html',
      input: { title: '', body: `${ru} ${ru}` },
    });
  });

  it('reads windows-1252 when an undeclared page is not valid UTF-8, curly quotes and euro included', () => {
    const html = Buffer.from('<p>Caf\xe9 cr\xe8me \x93quoted\x94 text \x96 \x80 5.</p>', 'latin1');
    expect(htmlRecord('legacy.html', html)).toEqual({
      kind: 'article',
      location: 'legacy.html',
      input: { title: '', body: 'Café crème “quoted” text – € 5.' },
    });
  });

  it('still yields the text of malformed HTML', () => {
    const html = '<div><p>Unclosed paragraph <b>bold <p>Second <i>italic</div></span> tail text';
    expect(htmlRecord('broken.html', Buffer.from(html))).toEqual({
      kind: 'article',
      location: 'broken.html',
      input: { title: '', body: 'Unclosed paragraph bold\n\nSecond italic\n\ntail text' },
    });
  });

  it('fails on pages without text, binary files, invalid declared UTF-8 and unknown charsets', () => {
    expect([
      htmlRecord(
        'empty.html',
        Buffer.from(
          '<html><head><title>T</title><script>var a = 1;</script></head><body> <nav>Menu</nav> </body></html>',
        ),
      ),
      htmlRecord('image.html', Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x00])),
      htmlRecord(
        'bad.html',
        Buffer.concat([
          Buffer.from('<meta charset="utf-8"><p>Caf'),
          Buffer.from([0xe9]),
          Buffer.from('</p>'),
        ]),
      ),
      htmlRecord('odd.html', Buffer.from('<p>text</p>'), { charset: 'x-no-such-charset' }),
    ]).toEqual([
      { kind: 'failure', location: 'empty.html', reason: 'no article text found' },
      { kind: 'failure', location: 'image.html', reason: 'binary file (contains NUL bytes), not HTML' },
      { kind: 'failure', location: 'bad.html', reason: 'invalid UTF-8 at byte 28' },
      { kind: 'failure', location: 'odd.html', reason: "unsupported charset 'x-no-such-charset'" },
    ]);
  });
});
