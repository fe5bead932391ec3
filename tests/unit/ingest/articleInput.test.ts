import { describe, expect, it } from 'vitest';
import { formatFieldErrors, normalizeIsoDate, parseArticleInput } from '../../../src/ingest/articleInput.js';

describe('parseArticleInput', () => {
  it('accepts a full input and normalises it', () => {
    expect(
      parseArticleInput({
        url: ' https://news.example/a ',
        title: ' Summit in Pyongyang ',
        body: 'The two leaders met.',
        lang: 'EN-GB',
        publishedAt: '2024-06-18T12:30:00+02:00',
        outlet: 'news.example',
        authors: ['A. Writer'],
        extra: 'dropped',
      }),
    ).toEqual({
      ok: true,
      value: {
        url: 'https://news.example/a',
        title: 'Summit in Pyongyang',
        body: 'The two leaders met.',
        lang: 'en-GB',
        publishedAt: '2024-06-18T10:30:00.000Z',
        outlet: 'news.example',
        authors: ['A. Writer'],
      },
    });
  });

  it('defaults the title to an empty string and accepts one author as a string', () => {
    expect(parseArticleInput({ body: 'Text.', authors: 'Solo', publishedAt: '2024-06-18' })).toEqual({
      ok: true,
      value: { title: '', body: 'Text.', authors: ['Solo'], publishedAt: '2024-06-18' },
    });
  });

  it('lists every bad field with its reason', () => {
    expect(
      parseArticleInput({
        url: 'ftp://x/y',
        title: 3,
        body: '   ',
        lang: 'english!',
        publishedAt: '18/06/2024',
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'url', reason: 'must be an absolute http(s) URL' },
        { field: 'title', reason: 'must be a string' },
        { field: 'body', reason: 'must not be empty' },
        { field: 'lang', reason: "must be a BCP-47 language tag such as 'en' or 'pt-BR'" },
        {
          field: 'publishedAt',
          reason: "'18/06/2024' is not an ISO date (YYYY-MM-DD) or datetime with a time zone",
        },
      ],
    });
  });

  it('refuses a missing body', () => {
    expect(parseArticleInput({ title: 'Only a title' })).toEqual({
      ok: false,
      errors: [{ field: 'body', reason: 'is required and must be a string' }],
    });
  });

  it('refuses a body over the configured size, counted in UTF-8 bytes', () => {
    // 600 two-byte characters: 1,200 bytes against a 1 KiB cap.
    expect(parseArticleInput({ body: 'é'.repeat(600) }, { maxBodyBytes: 1024 })).toEqual({
      ok: false,
      errors: [{ field: 'body', reason: 'is 1.2 KiB, over the limit of 1 KiB' }],
    });
  });

  it('refuses values that are not objects', () => {
    expect([parseArticleInput([1]), parseArticleInput('x'), parseArticleInput(null)]).toEqual([
      { ok: false, errors: [{ field: '', reason: 'expected a JSON object, got an array' }] },
      { ok: false, errors: [{ field: '', reason: 'expected a JSON object, got a string' }] },
      { ok: false, errors: [{ field: '', reason: 'expected a JSON object, got null' }] },
    ]);
  });

  it('formats errors as one line', () => {
    expect(
      formatFieldErrors([
        { field: '', reason: 'expected a JSON object, got null' },
        { field: 'body', reason: 'must not be empty' },
      ]),
    ).toBe('expected a JSON object, got null; body: must not be empty');
  });
});

describe('article URLs', () => {
  it('refuses a URL too long to be an article id, and takes one at the limit', () => {
    const base = 'https://news.example/';
    const atLimit = `${base}${'p'.repeat(4096 - base.length)}`;
    expect(parseArticleInput({ url: atLimit, body: 'Text.' })).toEqual({
      ok: true,
      value: { url: atLimit, title: '', body: 'Text.' },
    });
    expect(parseArticleInput({ url: `${atLimit}p`, body: 'Text.' })).toEqual({
      ok: false,
      errors: [{ field: 'url', reason: 'is longer than 4096 characters' }],
    });
  });
});

describe('normalizeIsoDate', () => {
  it('keeps real dates, converts datetimes to UTC, refuses the rest', () => {
    expect(
      ['2024-02-29', '2023-02-29', '2024-06-18T10:00Z', '2024-06-18T10:00:00', 'yesterday'].map(
        normalizeIsoDate,
      ),
    ).toEqual(['2024-02-29', null, '2024-06-18T10:00:00.000Z', null, null]);
  });

  it('refuses a datetime whose day or time does not exist rather than rolling it over', () => {
    expect(
      [
        '2023-02-30T10:00:00Z',
        '2023-04-31T10:00+02:00',
        '2024-06-18T24:00Z',
        '2024-06-18T10:60Z',
        '2024-06-18T10:00:61Z',
        '2024-02-29T23:59:59+01:00',
      ].map(normalizeIsoDate),
    ).toEqual([null, null, null, null, null, '2024-02-29T22:59:59.000Z']);
  });
});
