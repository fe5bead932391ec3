import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, normalize } from 'node:path';
import { projectPath } from '../paths.js';

const UI_DIST = projectPath('ui', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Only this origin's own files: the pages work offline, and data that slipped into markup
 * could not load or run anything from elsewhere. Styles may be inline (GraphiQL and
 * Cytoscape set them); scripts may not.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Whether a request is a browser navigating to `/graphql` (it wants the IDE, not an API answer). */
export function wantsGraphQLIde(request: IncomingMessage, url: URL): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (url.searchParams.has('query')) return false;
  const accept = request.headers.accept ?? '';
  return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === 'text/html');
}

/**
 * Serves the built explorer (`/explore`, `/explore/assets/*`) and the GraphQL IDE page (for
 * browsers at GET `/graphql`) from ui/dist. Returns false when the request is not for them,
 * so the caller routes it on.
 */
export async function serveStaticAssets(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<boolean> {
  const { pathname } = url;
  let file: string;
  if (pathname === '/graphql') {
    if (!wantsGraphQLIde(request, url)) return false;
    file = 'graphiql.html';
  } else if (pathname === '/' || pathname === '/explore' || pathname === '/explore/') {
    if (pathname === '/') {
      response.writeHead(302, { location: '/explore' }).end();
      return true;
    }
    file = 'index.html';
  } else if (pathname.startsWith('/explore/assets/')) {
    // Decoded, normalized and checked to stay inside assets/: no `..` escapes ui/dist.
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname.slice('/explore/'.length)));
    } catch {
      return sendText(response, 400, 'bad path');
    }
    if (!relative.startsWith('assets/') || relative.includes('..') || relative.includes('\0')) {
      return sendText(response, 404, 'not found');
    }
    file = relative;
  } else {
    return false;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendText(response, 405, 'method not allowed');
  }
  let content: Buffer;
  try {
    content = await readFile(`${UI_DIST}/${file}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return file.endsWith('.html')
      ? sendText(response, 503, 'the explorer is not built; run `npm run build:ui` (npm ci does it)')
      : sendText(response, 404, 'not found');
  }
  response.statusCode = 200;
  response.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  response.setHeader('content-length', content.length);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  response.setHeader('referrer-policy', 'no-referrer');
  // Asset names carry a content hash, so they never change; the pages do.
  response.setHeader(
    'cache-control',
    file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (file === 'graphiql.html') response.setHeader('vary', 'accept');
  response.end(request.method === 'HEAD' ? undefined : content);
  return true;
}

function sendText(response: ServerResponse, status: number, text: string): true {
  response.statusCode = status;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end(text);
  return true;
}
