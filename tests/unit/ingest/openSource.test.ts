import { symlink } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, UnreachableCaseError } from '../../../src/errors.js';
import type { Fetcher } from '../../../src/ingest/fetcher/fetcher.js';
import { createFetcher } from '../../../src/ingest/fetcher/fetcher.js';
import { sniffFormat } from '../../../src/ingest/sources/format.js';
import { openSource } from '../../../src/ingest/sources/openSource.js';
import type { IngestRecord } from '../../../src/ingest/sources/sourceRecord.js';
import { articleHtml, collect, startServer, tempFiles } from './helpers.js';

const P1 = 'Parliament approved the budget on Wednesday after a long debate that lasted into the night.';
const P2 = 'The opposition said it would challenge several of the spending measures in the courts.';

let server: { base: string; close: () => Promise<void> };
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startServer({
    '/article': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(Buffer.from(articleHtml({ title: 'Budget \x96 approved', paragraphs: [P1, P2] }), 'latin1'));
    },
    '/feed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id><updated>2024-06-18T00:00:00Z</updated>' +
          '<entry><title>From feed</title><id>e</id><updated>2024-06-18T00:00:00Z</updated><link href="/article"/></entry></feed>',
      );
    },
    '/dump.json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end('[{"title":"Dumped one","body":"From a JSON dump."},{"title":"Dumped two","body":"Also."}]');
    },
    '/dump.ndjson': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end('{"title":"Line dump","body":"From an NDJSON dump."}\n');
    },
    '/empty-feed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        '<rss version="2.0"><channel><title>Quiet</title><link>https://q.example/</link><description>d</description></channel></rss>',
      );
    },
  });
  fetcher = createFetcher({ allowPrivateNetworks: true, perHostDelayMs: 0, timeoutMs: 2_000 });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

/** What an ingest pipeline does with each record: an exhaustive switch on `kind`. */
function summarise(record: IngestRecord): string {
  switch (record.kind) {
    case 'article':
      return `article ${record.location} ${record.input.title}`;
    case 'failure':
      return `failure ${record.location} ${record.reason}`;
    case 'gdeltEvent':
      return `event ${record.location} ${record.event.gdeltId}`;
    case 'gdeltMention':
      return `mention ${record.location} ${record.mention.gdeltId}`;
    default:
      throw new UnreachableCaseError(record);
  }
}

describe('openSource', () => {
  it('walks a directory recursively in sorted order, detecting each format and skipping other files', async () => {
    const files = await tempFiles({
      'a.md': '# Markdown story\n\nBody of the markdown story.',
      'b/c.ndjson': '{"title":"Line one","body":"First."}\nnot json\n',
      'b/d.json': '[{"title":"Array one","body":"In an array."}]',
      'e.html': articleHtml({ title: 'Html story', paragraphs: [P1, P2] }),
      'f.txt': 'Plain story\nPlain body.',
      'g.rss':
        '<rss version="2.0"><channel><title>x</title><link>https://x.example/</link><description>d</description></channel></rss>',
      'h.csv': 'not,a,gdelt,file\n',
      'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      '.hidden.txt': 'Hidden story',
      '.git/config.txt': 'Also hidden',
    });
    try {
      const records = await collect(openSource(files.dir, { fetcher }));
      const p = files.path;
      expect(records.map(summarise)).toEqual([
        `article ${p('a.md')} Markdown story`,
        `article ${p('b/c.ndjson')}:1 Line one`,
        `failure ${p('b/c.ndjson')}:2 invalid JSON: Unexpected token 'o', "not json" is not valid JSON`,
        `article ${p('b/d.json')}:1 Array one`,
        `article ${p('e.html')} Html story`,
        `article ${p('f.txt')} Plain story`,
        `failure ${p('g.rss')} feed has no items`,
        `failure ${p('h.csv')} ${p('h.csv')} is not a GDELT 2.0 events or mentions file: expected a header starting with GLOBALEVENTID, or 61 (events) or 16 (mentions) TAB-separated columns`,
      ]);
    } finally {
      await files.cleanup();
    }
  });

  it('walks a folder the same however its path is spelled, following links to files', async () => {
    const files = await tempFiles({
      'a.txt': 'Story A\nBody A.',
      'sub/b.md': '# Story B\n\nBody B.',
      '.hidden/c.txt': 'Hidden\nNot read.',
      // A JSON array saved with a byte order mark, and one holding nothing.
      'bom.json': `\uFEFF[{"title":"Bom one","body":"First."},{"title":"Bom two","body":"Second."}]`,
      'empty.json': '[]',
    });
    await symlink(files.path('a.txt'), files.path('link.txt'));
    const rel = relative(process.cwd(), files.dir);
    try {
      for (const spelling of [files.dir, `${files.dir}/`, `${files.dir}//`, `./${rel}`, `./${rel}/`]) {
        const records = await collect(openSource(spelling, { fetcher }));
        // Locations follow the spelling given; made absolute here to compare them.
        const absolute = records.map((record) =>
          summarise(record).replace(/ (\S+)/, (_m, at: string) => ` ${resolve(at)}`),
        );
        expect({ spelling, records: absolute }).toEqual({
          spelling,
          records: [
            `article ${files.path('a.txt')} Story A`,
            `article ${files.path('bom.json')}:1 Bom one`,
            `article ${files.path('bom.json')}:1 Bom two`,
            `failure ${files.path('empty.json')} the array holds no articles`,
            `article ${files.path('link.txt')} Story A`,
            `article ${files.path('sub/b.md')} Story B`,
          ],
        });
      }
    } finally {
      await files.cleanup();
    }
  });

  it('expands a glob, sniffs a file without a known extension, and honours --format', async () => {
    const files = await tempFiles({
      'x1.txt': 'Story one\nBody one.',
      'x2.txt': 'Story two\nBody two.',
      'y.txt': 'Not matched',
      'dump.data': '{"title":"Sniffed","body":"As NDJSON."}\n',
      'page.txt': '<html><body><p>Read as HTML when told.</p></body></html>',
    });
    try {
      const globbed = await collect(openSource(files.path('x*.txt')));
      const sniffed = await collect(openSource(files.path('dump.data')));
      const forced = await collect(openSource(files.path('page.txt'), { format: 'html' }));
      expect([...globbed, ...sniffed, ...forced].map(summarise)).toEqual([
        `article ${files.path('x1.txt')} Story one`,
        `article ${files.path('x2.txt')} Story two`,
        `article ${files.path('dump.data')}:1 Sniffed`,
        `article ${files.path('page.txt')} `,
      ]);
      expect(forced).toEqual([
        {
          kind: 'article',
          location: files.path('page.txt'),
          input: { title: '', body: 'Read as HTML when told.' },
        },
      ]);
    } finally {
      await files.cleanup();
    }
  });

  it('reads stdin for "-", sniffing the format from the first bytes', async () => {
    const stdin = Readable.from([
      Buffer.from('{"title":"Piped","body":"From stdin."}\n'),
      Buffer.from('{"body":""}\n'),
    ]);
    expect(await collect(openSource('-', { stdin }))).toEqual([
      { kind: 'article', location: '<stdin>:1', input: { title: 'Piped', body: 'From stdin.' } },
      { kind: 'failure', location: '<stdin>:2', reason: 'body: must not be empty' },
    ]);
  });

  it('reads a crawler dump served as JSON or NDJSON', async () => {
    const json = await collect(openSource(`${server.base}/dump.json`, { fetcher }));
    const ndjson = await collect(openSource(`${server.base}/dump.ndjson`, { fetcher }));
    expect([json.map(summarise), ndjson.map(summarise)]).toEqual([
      [`article ${server.base}/dump.json:1 Dumped one`, `article ${server.base}/dump.json:1 Dumped two`],
      [`article ${server.base}/dump.ndjson:1 Line dump`],
    ]);
  });

  it('fetches a URL as a page or as a feed by its content type, and reports a failed fetch', async () => {
    const page = await collect(openSource(`${server.base}/article`, { fetcher }));
    const feed = await collect(openSource(`${server.base}/feed`, { fetcher }));
    const empty = await collect(openSource(`${server.base}/empty-feed`, { fetcher }));
    const missing = await collect(openSource(`${server.base}/missing`, { fetcher }));
    const article = {
      kind: 'article',
      location: `${server.base}/article`,
      input: { title: 'Budget – approved', body: `${P1}\n\n${P2}`, url: `${server.base}/article` },
    };
    // The feed entry has no <published>, so its <updated> stands in for the date the page lacks.
    const fromFeed = { ...article, input: { ...article.input, publishedAt: '2024-06-18T00:00:00.000Z' } };
    expect([page, feed, empty, missing]).toEqual([
      [article],
      [fromFeed],
      [{ kind: 'failure', location: `${server.base}/empty-feed`, reason: 'feed has no items' }],
      [{ kind: 'failure', location: `${server.base}/missing`, reason: 'HTTP 404 Not Found' }],
    ]);
  });

  it('throws a clear error for a missing path, an empty glob and an unknown format', async () => {
    const files = await tempFiles({ 'only.png': Buffer.from([1, 2, 3]) });
    try {
      const attempts = [
        openSource('/no/such/newsgraph/file.json'),
        openSource(files.path('*.ndjson')),
        openSource(files.dir),
        openSource(files.path('only.png'), { format: 'pdf' as 'json' }),
      ];
      const errors = [];
      for (const source of attempts) {
        try {
          await collect(source);
          errors.push(null);
        } catch (error) {
          errors.push({ code: (error as { code: string }).code, message: (error as Error).message });
        }
      }
      expect(errors).toEqual([
        {
          code: ErrorCode.INPUT_UNREADABLE,
          message: 'cannot read /no/such/newsgraph/file.json: no such file or directory',
        },
        { code: ErrorCode.INPUT_UNREADABLE, message: `no files match ${files.path('*.ndjson')}` },
        {
          code: ErrorCode.INPUT_UNREADABLE,
          message: `${files.dir} holds no files to ingest (looked for .json, .ndjson, .jsonl, .txt, .md, .html, .htm, .xml, .rss, .atom, .csv, .tsv)`,
        },
        {
          code: ErrorCode.BAD_USER_INPUT,
          message: "unknown format 'pdf'; use one of json, ndjson, text, html, feed, gdelt",
        },
      ]);
    } finally {
      await files.cleanup();
    }
  });
});

describe('sniffFormat', () => {
  it('tells formats apart by their first bytes', () => {
    const tab61 = `1\t20240101${'\t'.repeat(59)}`;
    expect(
      [
        '[{"body":"x"}]',
        '{"body":"x"}\n{"body":"y"}',
        '{\n  "body": "x"\n}',
        '<?xml version="1.0"?><rss version="2.0">',
        '\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">',
        '<!doctype html><html>',
        'GLOBALEVENTID,SQLDATE,MonthYear',
        tab61,
        'Just some prose.',
      ].map((s) => sniffFormat(Buffer.from(s))),
    ).toEqual(['json', 'ndjson', 'json', 'feed', 'feed', 'html', 'gdelt', 'gdelt', 'text']);
  });
});
