import { parse as parseYaml } from 'yaml';
import { DEFAULT_MAX_BODY_BYTES, formatFieldErrors, parseArticleInput } from '../articleInput.js';
import type { ByteInput } from './byteInput.js';
import { readAllCapped } from './byteInput.js';
import { decodeUtf8, looksBinary } from './decodeText.js';
import type { SourceRecord } from './sourceRecord.js';
import { failure } from './sourceRecord.js';

export interface TextSourceOptions {
  maxBodyBytes?: number;
  /** Treat the text as Markdown: `# ` heading as title, markup reduced to plain text. */
  markdown?: boolean;
}

// Front matter may add some bytes beyond the body; this slack keeps the read cap honest.
const FRONT_MATTER_SLACK = 64 * 1024;
const MAX_TITLE_CHARS = 300;
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const OPENS_FRONT_MATTER = /^---[ \t]*\r?\n/;

/**
 * A plain text or Markdown file as one article. Optional YAML front matter (`---` … `---`)
 * gives title, url, lang, publishedAt (or date), outlet and authors (or author); without a
 * title, the first Markdown `# ` heading or the first non-empty line is the title.
 */
export async function* textSource(
  input: ByteInput,
  options: TextSourceOptions = {},
): AsyncGenerator<SourceRecord> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const read = await readAllCapped(input, maxBodyBytes + FRONT_MATTER_SLACK);
  if (!read.ok) {
    yield failure(input.location, read.reason);
    return;
  }
  yield textRecord(input.location, read.bytes, { ...options, maxBodyBytes });
}

/** The article record for a text/Markdown file's bytes (also used for fetched text/plain). */
export function textRecord(
  location: string,
  bytes: Uint8Array,
  options: TextSourceOptions & { url?: string } = {},
): SourceRecord {
  if (looksBinary(bytes)) return failure(location, 'binary file (contains NUL bytes), not text');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return failure(location, decoded.reason);
  let text = decoded.text;
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1] ?? '');
      if (parsed !== null && parsed !== undefined) {
        if (typeof parsed !== 'object' || Array.isArray(parsed)) {
          return failure(location, 'front matter must be a YAML mapping (key: value lines)');
        }
        meta = parsed as Record<string, unknown>;
      }
    } catch (error) {
      return failure(location, `front matter is not valid YAML: ${firstLine((error as Error).message)}`);
    }
    text = text.slice(fm[0].length);
  } else if (options.markdown && OPENS_FRONT_MATTER.test(text)) {
    // Otherwise the metadata would be stored as the article's text, and '---' as its title.
    return failure(location, 'front matter opened with --- is not closed by a --- line');
  }
  const body = options.markdown ? markdownToText(text) : text.replace(/\r\n?/g, '\n');
  const candidate: Record<string, unknown> = {
    title: scalarToString(meta.title) ?? guessTitle(text, options.markdown === true),
    body: body.trim(),
    url: meta.url ?? options.url,
    lang: meta.lang ?? meta.language,
    publishedAt: scalarToString(meta.publishedAt ?? meta.date),
    outlet: meta.outlet,
    authors: meta.authors ?? meta.author,
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  const parsed = parseArticleInput(candidate, {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  return parsed.ok
    ? { kind: 'article', input: parsed.value, location }
    : failure(location, formatFieldErrors(parsed.errors));
}

function firstLine(s: string): string {
  return (s.split('\n', 1)[0] ?? s).replace(/:$/, '');
}

// YAML reads `title: 1984` as a number and an unquoted date as a string; either way we want text.
function scalarToString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return undefined;
}

function guessTitle(text: string, markdown: boolean): string {
  const lines = text.split(/\r?\n/);
  if (markdown) {
    const heading = lines.find((l) => /^#\s+\S/.test(l));
    if (heading) return clip(stripInlineMarkdown(heading.replace(/^#\s+/, '').replace(/\s+#+\s*$/, '')));
  }
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return '';
  return clip(markdown ? stripInlineMarkdown(first.replace(/^#{1,6}\s+/, '')) : first);
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > MAX_TITLE_CHARS ? `${t.slice(0, MAX_TITLE_CHARS - 1)}…` : t;
}

function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * Markdown reduced to the text a reader sees, so extraction does not match link targets or
 * markup: headings, emphasis, links, images, code fences, quotes and HTML tags are unwrapped.
 */
export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => !/^\s*(```|~~~)/.test(l))
    .map((l) =>
      stripInlineMarkdown(
        l
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/\s+#+\s*$/, '')
          .replace(/^\s{0,3}>\s?/, '')
          .replace(/^\s{0,3}([-*_])(\s*\1){2,}\s*$/, '')
          .replace(/<[^>\n]+>/g, ''),
      ),
    )
    .join('\n');
}
