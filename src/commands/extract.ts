import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { extract } from '../extract/index.js';

export const EXTRACT_USAGE = `Usage: newsgraph extract <file|-> [--lang xx] [--published-at YYYY-MM-DD]

Extracts countries, leaders, organizations, places, CAMEO events and sanctions from one
article and prints them as JSON. The first line of the input is the title when a blank line
follows it; "-" reads standard input. No database is needed.

Options:
  --lang xx                  ISO 639-1 language of the article (detected when omitted)
  --published-at YYYY-MM-DD  the article's date (decides who held which office)
  -h, --help                 show this help
`;

export interface ExtractIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function decodeText(bytes: Buffer, source: string): string {
  if (bytes.length === 0) throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `${source} is empty`);
  if (bytes.includes(0))
    throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `${source} looks binary, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '')
    throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `${source} holds only whitespace`);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > text.length / 20)
    throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `${source} is not UTF-8 text`);
  return text;
}

/** A first line followed by a blank line is the title, as in a copied article page. */
function splitTitle(text: string): { title?: string; body: string } {
  const match = /^([^\n]{1,300})\r?\n\r?\n/.exec(text);
  if (!match?.[1]) return { body: text };
  return { title: match[1].trim(), body: text.slice(match[0].length) };
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        'published-at': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      error instanceof Error ? error.message : String(error),
    );
  }
}

/**
 * `newsgraph extract <file|-> [--lang xx] [--published-at YYYY-MM-DD]`: prints the Extraction as
 * JSON. Returns the exit code: 0 on success, 2 for bad arguments or input (one line on stderr).
 */
export async function runExtract(argv: string[], io: ExtractIo): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout.write(EXTRACT_USAGE);
      return 0;
    }
    if (positionals.length !== 1 || !positionals[0]) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        'expected exactly one input: a file path or "-" for stdin',
      );
    }
    const lang = values.lang;
    if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `--lang must be a two-letter ISO 639-1 code, got "${lang}"`,
      );
    }
    const publishedAt = values['published-at'];
    if (publishedAt !== undefined) {
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt);
      const date = day ? new Date(`${publishedAt}T00:00:00Z`) : null;
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== publishedAt) {
        throw new NewsgraphError(
          ErrorCode.BAD_USER_INPUT,
          `--published-at must be a date YYYY-MM-DD, got "${publishedAt}"`,
        );
      }
    }
    const source = positionals[0];
    let bytes: Buffer;
    try {
      bytes = source === '-' ? await readAll(io.stdin) : await readFile(source);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'read error';
      throw new NewsgraphError(ErrorCode.INPUT_UNREADABLE, `cannot read ${source} (${reason})`, {
        cause: error,
      });
    }
    const text = decodeText(bytes, source === '-' ? 'standard input' : source);
    const result = extract({ ...splitTitle(text), lang, publishedAt });
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof NewsgraphError) {
      io.stderr.write(`newsgraph extract: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
