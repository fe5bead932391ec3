import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Drains an async iterable into an array. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on a loopback address with an ephemeral port; `close` also drops kept-alive sockets. */
export async function startServer(
  routes: Record<string, Handler>,
  host = '127.0.0.1',
): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const handler = routes[req.url ?? ''];
    if (handler) handler(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A temporary folder with the given files (relative path → content), removed by `cleanup`. */
export async function tempFiles(
  files: Record<string, string | Uint8Array>,
): Promise<{ dir: string; path: (name: string) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return { dir, path: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A page with enough paragraph text for Readability to treat it as an article. */
export function articleHtml(opts: {
  title: string;
  paragraphs: string[];
  head?: string;
  lang?: string;
}): string {
  const lang = opts.lang ? ` lang="${opts.lang}"` : '';
  return `<!doctype html><html${lang}><head><title>${opts.title}</title>${opts.head ?? ''}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${opts.title}</h1>${opts.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright the test outlet</footer></body></html>`;
}
