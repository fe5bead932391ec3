import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../../src/ingest/fetcher/fetcher.js';
import { createFetcher } from '../../../src/ingest/fetcher/fetcher.js';
import { feedRecords } from '../../../src/ingest/sources/feedSource.js';
import { articleHtml, collect, startServer } from './helpers.js';

const P1 = 'Negotiators from both countries resumed talks on Monday about the disputed border crossing.';
const P2 = 'A statement after the meeting said further rounds would follow in the coming weeks.';

let server: { base: string; close: () => Promise<void> };
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startServer({
    '/story/1': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml({ title: 'Talks resume', paragraphs: [P1, P2], lang: 'en' }));
    },
    '/story/image': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(Buffer.from([0xff, 0xd8, 0xff]));
    },
  });
  fetcher = createFetcher({ allowPrivateNetworks: true, perHostDelayMs: 0, timeoutMs: 2_000 });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example wire</title><link>https://wire.example/</link><description>Test feed</description>
${items}
</channel></rss>`;

describe('feedRecords', () => {
  it('fetches each RSS item page, fills missing fields from the item, and falls back to item text', async () => {
    const feed = rss(`
<item><title>Item title one</title><link>${server.base}/story/1</link>
  <pubDate>Mon, 17 Jun 2024 08:00:00 GMT</pubDate><dc:creator>Wire Reporter</dc:creator></item>
<item><title>Gone</title><link>${server.base}/story/gone</link>
  <description>&lt;p&gt;Short summary of the gone story.&lt;/p&gt;</description></item>
<item><title>Picture</title><link>${server.base}/story/image</link></item>
<item><title>No link</title><content:encoded><![CDATA[<p>Full text carried <b>in</b> the feed.</p>]]></content:encoded></item>
<item><title>Nothing at all</title></item>`);
    const records = await collect(feedRecords('wire.xml', Buffer.from(feed), { fetcher }));
    expect(records).toEqual([
      {
        kind: 'article',
        location: `${server.base}/story/1`,
        input: {
          title: 'Talks resume',
          body: `${P1}\n\n${P2}`,
          url: `${server.base}/story/1`,
          lang: 'en',
          publishedAt: '2024-06-17T08:00:00.000Z',
          authors: ['Wire Reporter'],
        },
      },
      {
        kind: 'article',
        location: `${server.base}/story/gone`,
        input: { title: 'Gone', body: 'Short summary of the gone story.', url: `${server.base}/story/gone` },
        warning: "page not used (HTTP 404 Not Found); the feed item's own text was used",
      },
      {
        kind: 'failure',
        location: `${server.base}/story/image`,
        reason: 'not a page, feed, text or JSON (content-type: image/jpeg)',
      },
      {
        kind: 'article',
        location: 'wire.xml#item 4',
        input: { title: 'No link', body: 'Full text carried in the feed.' },
      },
      { kind: 'failure', location: 'wire.xml#item 5', reason: 'feed item has no link and no text' },
    ]);
  });

  it('reads Atom entries, resolving relative links against the feed URL, without fetching when told not to', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2024-06-18T00:00:00Z</updated>
<entry><title>Entry one</title><id>urn:1</id><updated>2024-06-18T10:00:00Z</updated><published>2024-06-18T09:00:00Z</published>
  <link rel="alternate" href="/news/1"/><author><name>Atom Author</name></author>
  <summary type="html">&lt;p&gt;Summary of entry one.&lt;/p&gt;</summary></entry>
</feed>`;
    const records = await collect(
      feedRecords('atom.xml', Buffer.from(atom), {
        fetchItemPages: false,
        feedUrl: 'https://wire.example/feeds/all.atom',
      }),
    );
    expect(records).toEqual([
      {
        kind: 'article',
        location: 'https://wire.example/news/1',
        input: {
          title: 'Entry one',
          body: 'Summary of entry one.',
          url: 'https://wire.example/news/1',
          publishedAt: '2024-06-18T09:00:00.000Z',
          authors: ['Atom Author'],
        },
      },
    ]);
  });

  it('gives one clear failure for a malformed feed, a feed with no items, XML that is no feed, and a JSON Feed', async () => {
    const latin = Buffer.from(rss('<item><title>Caf\xe9</title></item>'), 'latin1');
    const records = [
      ...(await collect(
        feedRecords('broken.xml', Buffer.from('<rss version="2.0"><channel><item><title>Cut</ti')),
      )),
      ...(await collect(feedRecords('empty.xml', Buffer.from(rss(''))))),
      ...(await collect(
        feedRecords('other.xml', Buffer.from('<?xml version="1.0"?><invoice><total>3</total></invoice>')),
      )),
      ...(await collect(feedRecords('latin.xml', latin))),
      ...(await collect(
        feedRecords(
          'feed.json',
          // Without a title feedsmith does not take it for a JSON Feed at all ("Invalid feed format").
          Buffer.from('{"version":"https://jsonfeed.org/version/1.1","items":[]}'),
        ),
      )),
    ];
    expect(records).toEqual([
      { kind: 'failure', location: 'broken.xml', reason: 'malformed feed: the XML is not well-formed' },
      { kind: 'failure', location: 'empty.xml', reason: 'feed has no items' },
      { kind: 'failure', location: 'other.xml', reason: 'not an RSS or Atom feed' },
      { kind: 'failure', location: 'latin.xml', reason: `invalid UTF-8 at byte ${latin.indexOf(0xe9)}` },
      { kind: 'failure', location: 'feed.json', reason: 'JSON Feed is not supported; use RSS or Atom' },
    ]);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const feed = rss(
      '<item><title>Caf\xe9 society</title><description>Cr\xe8me of the crop.</description></item>',
    ).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(
      await collect(feedRecords('latin.xml', Buffer.from(feed, 'latin1'), { fetchItemPages: false })),
    ).toEqual([
      {
        kind: 'article',
        location: 'latin.xml#item 1',
        input: { title: 'Café society', body: 'Crème of the crop.' },
      },
    ]);
  });
});
