import { extname } from 'node:path';
import { detectGdeltLayout } from '../gdelt/gdeltSource.js';

/** The input formats `openSource` reads; the CLI's `--format` takes the same names. */
export const FORMATS = ['json', 'ndjson', 'text', 'html', 'feed', 'gdelt'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.csv': 'gdelt',
  '.tsv': 'gdelt',
};

/** The format a file's extension implies (case-insensitive; GDELT's `.export.CSV` included), or null. */
export function formatFromPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** True for Markdown files, which get their markup reduced to text. */
export function isMarkdownPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown';
}

/**
 * Guesses the format from the first bytes: JSON by its first character (NDJSON when the
 * first line is a whole JSON object), feeds and HTML by their root element, GDELT by its
 * first line, and text for anything else.
 */
export function sniffFormat(head: Uint8Array): Format {
  const text = Buffer.from(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const start = text.trimStart();
  const lower = start.slice(0, 2048).toLowerCase();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const firstLine = start.split('\n', 1)[0] ?? '';
    try {
      const v: unknown = JSON.parse(firstLine);
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? 'ndjson' : 'json';
    } catch {
      return 'json';
    }
  }
  if (lower.startsWith('<')) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (lower.startsWith('<?xml') && !/<html[\s>]/.test(lower)) return 'feed';
    return 'html';
  }
  if (detectGdeltLayout(text.split('\n', 1)[0] ?? '')) return 'gdelt';
  return 'text';
}
