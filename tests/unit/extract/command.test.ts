import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXTRACT_USAGE, runExtract } from '../../../src/commands/extract.js';
import type { Extraction } from '../../../src/extract/index.js';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(argv: string[], stdin: string | Buffer = '') {
  const out = collect();
  const err = collect();
  const code = await runExtract(argv, {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
const article = join(dir, 'article.txt');
writeFileSync(
  article,
  'Macron meets Scholz in Berlin\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.\n',
);

describe('newsgraph extract', () => {
  it('prints usage for --help and exits 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: EXTRACT_USAGE, stderr: '' });
  });

  it('extracts a file to JSON, taking the first line as title', async () => {
    const { code, stdout, stderr } = await run([article, '--published-at', '2024-05-27']);
    const result = JSON.parse(stdout) as Extraction;
    expect([code, stderr, result.lang]).toEqual([0, '', 'en']);
    expect(result.leaders.map((l) => [l.id, l.country, l.role])).toEqual([
      ['emmanuel-macron', 'FRA', 'head of state'],
      ['olaf-scholz', 'DEU', 'head of government'],
    ]);
    expect(result.countries.map((c) => c.iso3)).toEqual(['FRA', 'DEU']);
  });

  it('reads standard input for "-" and honours --lang', async () => {
    const { code, stdout } = await run(
      ['-', '--lang', 'de'],
      'Russland und die Ukraine verhandeln in Istanbul.',
    );
    const result = JSON.parse(stdout) as Extraction;
    expect([code, result.lang, result.countries.map((c) => c.iso3)]).toEqual([0, 'de', ['RUS', 'UKR']]);
  });

  it.each([
    [['--lang', 'xx'], 'newsgraph extract: expected exactly one input: a file path or "-" for stdin\n'],
    [
      [article, '--lang', 'english'],
      'newsgraph extract: --lang must be a two-letter ISO 639-1 code, got "english"\n',
    ],
    [
      [article, '--published-at', '2024-02-30'],
      'newsgraph extract: --published-at must be a date YYYY-MM-DD, got "2024-02-30"\n',
    ],
    [[join(dir, 'missing.txt')], `newsgraph extract: cannot read ${join(dir, 'missing.txt')} (ENOENT)\n`],
    [
      ['-', '--bogus'],
      "newsgraph extract: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\"\n",
    ],
  ])('rejects %j with one line on stderr and exit code 2', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('rejects empty and binary input', async () => {
    expect(await run(['-'], '  \n ')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsgraph extract: standard input holds only whitespace\n',
    });
    expect(await run(['-'], '')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsgraph extract: standard input is empty\n',
    });
    expect(await run(['-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsgraph extract: standard input looks binary, not text\n',
    });
  });
});
