import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fetcher } from '../../../src/ingest/fetcher/fetcher.js';
import { createFetcher, USER_AGENT } from '../../../src/ingest/fetcher/fetcher.js';
import { startServer } from './helpers.js';

let server: { base: string; close: () => Promise<void> };
let fetcher: Fetcher;
let seenUserAgent = '';
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = await startServer({
    '/page': (req, res) => {
      seenUserAgent = req.headers['user-agent'] ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>Hello</p>');
    },
    '/legacy': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
      res.end(Buffer.from('<p>Caf\xe9</p>', 'latin1'));
    },
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync('zipped text'));
    },
    '/slow': (_req, res) => {
      const timer = setTimeout(() => res.end('late'), 5_000);
      res.on('close', () => clearTimeout(timer));
    },
    '/moved': (_req, res) => {
      res.writeHead(301, { location: '/page#frag' });
      res.end();
    },
    '/loop-a': (_req, res) => {
      res.writeHead(302, { location: '/loop-b' });
      res.end();
    },
    '/loop-b': (_req, res) => {
      res.writeHead(302, { location: '/loop-a' });
      res.end();
    },
    ...Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `/chain/${i}`,
        (_req: unknown, res: import('node:http').ServerResponse) => {
          res.writeHead(307, { location: `/chain/${i + 1}` });
          res.end();
        },
      ]),
    ),
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2048) });
      res.end('x'.repeat(2048));
    },
    '/big-streamed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked, no length
      for (let i = 0; i < 8; i++) res.write('y'.repeat(512));
      res.end();
    },
    '/image': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
    '/feed': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel></channel></rss>');
    },
    '/untyped': (_req, res) => {
      res.removeHeader('content-type');
      res.writeHead(200);
      res.end('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>');
    },
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `/parallel/${i}`,
        (_req: unknown, res: import('node:http').ServerResponse) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          setTimeout(() => {
            inFlight -= 1;
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end(String(i));
          }, 50);
        },
      ]),
    ),
  });
  // A generous timeout: on a busy machine a chain of redirects may take longer than the 500 ms
  // the timeout case uses (see 'turns every failure into a clear reason'), which timed out once.
  fetcher = createFetcher({
    allowPrivateNetworks: true,
    perHostDelayMs: 0,
    timeoutMs: 10_000,
    maxBytes: 1024,
  });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe('createFetcher', () => {
  it('fetches a page with a clear User-Agent', async () => {
    const r = await fetcher.fetch(`${server.base}/page`);
    expect(r).toEqual({
      ok: true,
      url: `${server.base}/page`,
      requestedUrl: `${server.base}/page`,
      status: 200,
      kind: 'html',
      mediaType: 'text/html',
      charset: 'utf-8',
      bytes: Buffer.from('<p>Hello</p>'),
    });
    expect(seenUserAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Newsgraph\/\d+\.\d+\.\d+ \(\+npm:newsgraph\)$/);
  });

  it('passes the charset on, follows a redirect, dropping the fragment, and decompresses gzip', async () => {
    const [legacy, moved, gzip] = await Promise.all([
      fetcher.fetch(`${server.base}/legacy`),
      fetcher.fetch(`${server.base}/moved`),
      fetcher.fetch(`${server.base}/gzip`),
    ]);
    expect([legacy, moved, gzip]).toEqual([
      {
        ok: true,
        url: `${server.base}/legacy`,
        requestedUrl: `${server.base}/legacy`,
        status: 200,
        kind: 'html',
        mediaType: 'text/html',
        charset: 'ISO-8859-1',
        bytes: Buffer.from('<p>Caf\xe9</p>', 'latin1'),
      },
      {
        ok: true,
        url: `${server.base}/page`,
        requestedUrl: `${server.base}/moved`,
        status: 200,
        kind: 'html',
        mediaType: 'text/html',
        charset: 'utf-8',
        bytes: Buffer.from('<p>Hello</p>'),
      },
      {
        ok: true,
        url: `${server.base}/gzip`,
        requestedUrl: `${server.base}/gzip`,
        status: 200,
        kind: 'text',
        mediaType: 'text/plain',
        bytes: Buffer.from('zipped text'),
      },
    ]);
  });

  it('classifies feeds by content-type and untyped bodies by their first bytes', async () => {
    const [feed, untyped] = await Promise.all([
      fetcher.fetch(`${server.base}/feed`),
      fetcher.fetch(`${server.base}/untyped`),
    ]);
    expect([feed.ok && feed.kind, untyped.ok && untyped.kind, untyped.ok && untyped.mediaType]).toEqual([
      'feed',
      'feed',
      '',
    ]);
  });

  it('turns every failure into a clear reason', async () => {
    const b = server.base;
    const quick = createFetcher({ allowPrivateNetworks: true, perHostDelayMs: 0, timeoutMs: 500 });
    const results = await Promise.all([
      quick.fetch(`${b}/slow`),
      ...['/nothing-here', '/loop-a', '/chain/0', '/big-declared', '/big-streamed', '/image'].map((p) =>
        fetcher.fetch(`${b}${p}`),
      ),
    ]).finally(() => quick.close());
    expect(results).toEqual([
      { ok: false, url: `${b}/slow`, reason: 'timed out after 500 ms' },
      { ok: false, url: `${b}/nothing-here`, reason: 'HTTP 404 Not Found' },
      { ok: false, url: `${b}/loop-b`, reason: `redirect loop: ${b}/loop-b redirects back to ${b}/loop-a` },
      { ok: false, url: `${b}/chain/5`, reason: 'too many redirects (more than 5)' },
      { ok: false, url: `${b}/big-declared`, reason: 'larger than the 1 KiB limit (content-length 2048)' },
      { ok: false, url: `${b}/big-streamed`, reason: 'larger than the 1 KiB limit' },
      { ok: false, url: `${b}/image`, reason: 'not a page, feed, text or JSON (content-type: image/png)' },
    ]);
  });

  it('refuses loopback, private and link-local targets unless allowed, by name and by literal', async () => {
    const strict = createFetcher({ perHostDelayMs: 0, timeoutMs: 2_000 });
    const port = new URL(server.base).port;
    try {
      const results = await Promise.all(
        [
          `http://127.0.0.1:${port}/page`,
          `http://localhost:${port}/page`,
          `http://[::ffff:127.0.0.1]:${port}/page`,
          'http://10.0.0.8/page',
          'http://169.254.169.254/latest/meta-data/',
          'http://[fd00::1]/page',
          'file:///etc/passwd',
        ].map((u) => strict.fetch(u)),
      );
      const off =
        'fetching from private networks is off (set NEWSGRAPH_ALLOW_PRIVATE_NETWORKS=true, or pass --allow-private to ingest)';
      expect(results).toEqual([
        {
          ok: false,
          url: `http://127.0.0.1:${port}/page`,
          reason: `refused: 127.0.0.1 is a loopback address; ${off}`,
        },
        {
          ok: false,
          url: `http://localhost:${port}/page`,
          reason: `refused: localhost (127.0.0.1) is a loopback address; ${off}`,
        },
        {
          ok: false,
          url: `http://[::ffff:7f00:1]:${port}/page`,
          reason: `refused: ::ffff:7f00:1 is a loopback address; ${off}`,
        },
        {
          ok: false,
          url: 'http://10.0.0.8/page',
          reason: `refused: 10.0.0.8 is a private network address; ${off}`,
        },
        {
          ok: false,
          url: 'http://169.254.169.254/latest/meta-data/',
          reason: `refused: 169.254.169.254 is a link-local address; ${off}`,
        },
        {
          ok: false,
          url: 'http://[fd00::1]/page',
          reason: `refused: fd00::1 is a private network address (unique local); ${off}`,
        },
        {
          ok: false,
          url: 'file:///etc/passwd',
          reason: "unsupported URL scheme 'file:' (only http and https)",
        },
      ]);
    } finally {
      await strict.close();
    }
  });

  it('checks every redirect hop: a literal and a name that resolves to a refused address', async () => {
    // The server listens on 127.0.0.2; the policy refuses only 127.0.0.1 and ::1, so the first
    // hop is allowed and the redirect targets are not.
    const open = await startServer(
      {
        '/to-literal': (_req, res) => {
          res.writeHead(302, { location: 'http://127.0.0.1/admin' });
          res.end();
        },
        '/to-name': (_req, res) => {
          res.writeHead(302, { location: '/ok' });
          res.end();
        },
        '/ok': (req, res) => {
          res.writeHead(302, { location: `http://localhost:${req.socket.localPort}/admin` });
          res.end();
        },
      },
      '127.0.0.2',
    );
    const onlyLoopbackOne = (a: string) =>
      a === '127.0.0.1' || a === '::1' ? 'the forbidden test address' : null;
    const guarded = createFetcher({ perHostDelayMs: 0, addressPolicy: onlyLoopbackOne });
    const port = new URL(open.base).port;
    try {
      expect([
        await guarded.fetch(`${open.base}/to-literal`),
        await guarded.fetch(`${open.base}/to-name`),
      ]).toEqual([
        {
          ok: false,
          url: 'http://127.0.0.1/admin',
          reason:
            'refused: 127.0.0.1 is the forbidden test address; fetching from private networks is off (set NEWSGRAPH_ALLOW_PRIVATE_NETWORKS=true, or pass --allow-private to ingest)',
        },
        {
          ok: false,
          url: `http://localhost:${port}/admin`,
          reason: `refused: localhost (${'127.0.0.1'}) is the forbidden test address; fetching from private networks is off (set NEWSGRAPH_ALLOW_PRIVATE_NETWORKS=true, or pass --allow-private to ingest)`,
        },
      ]);
    } finally {
      await guarded.close();
      await open.close();
    }
  });

  it('keeps concurrency under its limit and spaces requests to one host', async () => {
    const limited = createFetcher({ allowPrivateNetworks: true, perHostDelayMs: 0, concurrency: 2 });
    const polite = createFetcher({ allowPrivateNetworks: true, perHostDelayMs: 150 });
    try {
      maxInFlight = 0;
      await Promise.all([0, 1, 2, 3, 4, 5].map((i) => limited.fetch(`${server.base}/parallel/${i}`)));
      expect(maxInFlight).toBe(2);
      const started = Date.now();
      await Promise.all([0, 1, 2].map((i) => polite.fetch(`${server.base}/parallel/${i}`)));
      // Three requests to one host start at 0, 150 and 300 ms at the earliest.
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      await limited.close();
      await polite.close();
    }
  });
});
