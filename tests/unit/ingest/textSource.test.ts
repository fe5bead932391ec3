import { describe, expect, it } from 'vitest';
import { bytesInput } from '../../../src/ingest/sources/byteInput.js';
import { textSource } from '../../../src/ingest/sources/textSource.js';
import { collect } from './helpers.js';

const enc = (s: string) => Buffer.from(s, 'utf8');

describe('textSource', () => {
  it('reads front matter for the article fields', async () => {
    const text = [
      '---',
      'title: "Leaders meet in the capital"',
      'url: https://news.example/2024/06/18/meeting?utm_source=x',
      'lang: en',
      'publishedAt: 2024-06-18',
      'outlet: news.example',
      'authors: [A. Writer, B. Writer]',
      '---',
      'The two leaders met on Tuesday.',
      '',
      'They signed an agreement.',
    ].join('\n');
    expect(await collect(textSource(bytesInput('meeting.txt', enc(text))))).toEqual([
      {
        kind: 'article',
        location: 'meeting.txt',
        input: {
          title: 'Leaders meet in the capital',
          url: 'https://news.example/2024/06/18/meeting?utm_source=x',
          lang: 'en',
          publishedAt: '2024-06-18',
          outlet: 'news.example',
          authors: ['A. Writer', 'B. Writer'],
          body: 'The two leaders met on Tuesday.\n\nThey signed an agreement.',
        },
      },
    ]);
  });

  it('takes the first non-empty line as the title of plain text', async () => {
    expect(
      await collect(
        textSource(bytesInput('plain.txt', enc('\n\n  Storm hits coast  \nWinds reached 150 km/h.\n'))),
      ),
    ).toEqual([
      {
        kind: 'article',
        location: 'plain.txt',
        input: { title: 'Storm hits coast', body: 'Storm hits coast  \nWinds reached 150 km/h.' },
      },
    ]);
  });

  it('takes the # heading as the title of Markdown and reduces markup to text', async () => {
    const md = [
      '---',
      'author: C. Writer',
      '---',
      'Intro line before the heading.',
      '# Sanctions *extended* for [another year](https://example.org/x)',
      '',
      '> The council **voted** to extend the measures.',
      '',
      '```',
      'code fence markers go, code text stays',
      '```',
      '![map](map.png)',
    ].join('\n');
    expect(await collect(textSource(bytesInput('note.md', enc(md)), { markdown: true }))).toEqual([
      {
        kind: 'article',
        location: 'note.md',
        input: {
          title: 'Sanctions extended for another year',
          authors: ['C. Writer'],
          body: 'Intro line before the heading.\nSanctions extended for another year\n\nThe council voted to extend the measures.\n\ncode fence markers go, code text stays\nmap',
        },
      },
    ]);
  });

  it('takes empty front matter as no metadata, not as text', async () => {
    expect(
      await collect(
        textSource(bytesInput('empty.md', enc('---\n---\n# Quiet day\n\nNothing happened.\n')), {
          markdown: true,
        }),
      ),
    ).toEqual([
      {
        kind: 'article',
        location: 'empty.md',
        input: { title: 'Quiet day', body: 'Quiet day\n\nNothing happened.' },
      },
    ]);
  });

  it('refuses a binary file, invalid UTF-8, an empty file, bad front matter and an over-size body', async () => {
    const records = [
      ...(await collect(
        textSource(bytesInput('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))),
      )),
      ...(await collect(textSource(bytesInput('latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1'))))),
      ...(await collect(textSource(bytesInput('blank.txt', enc('   \n\n'))))),
      ...(await collect(
        textSource(bytesInput('badyaml.md', enc('---\ntitle: [unclosed\n---\nBody.\n')), { markdown: true }),
      )),
      ...(await collect(
        textSource(bytesInput('baddate.txt', enc('---\npublishedAt: next week\n---\nBody.\n'))),
      )),
      ...(await collect(textSource(bytesInput('long.txt', enc('a'.repeat(300))), { maxBodyBytes: 200 }))),
      ...(await collect(
        textSource(bytesInput('unclosed.md', enc('---\ntitle: Unclosed\n\nBody.\n')), { markdown: true }),
      )),
    ];
    expect(records).toEqual([
      { kind: 'failure', location: 'photo.txt', reason: 'binary file (contains NUL bytes), not text' },
      { kind: 'failure', location: 'latin1.txt', reason: 'invalid UTF-8 at byte 3' },
      { kind: 'failure', location: 'blank.txt', reason: 'body: must not be empty' },
      {
        kind: 'failure',
        location: 'badyaml.md',
        reason:
          'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 17',
      },
      {
        kind: 'failure',
        location: 'baddate.txt',
        reason: "publishedAt: 'next week' is not an ISO date (YYYY-MM-DD) or datetime with a time zone",
      },
      { kind: 'failure', location: 'long.txt', reason: 'body: is 300 bytes, over the limit of 200 bytes' },
      {
        kind: 'failure',
        location: 'unclosed.md',
        reason: 'front matter opened with --- is not closed by a --- line',
      },
    ]);
  });
});
