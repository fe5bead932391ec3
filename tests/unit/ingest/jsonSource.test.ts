import { createWriteStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesInput, fileInput } from '../../../src/ingest/sources/byteInput.js';
import { jsonSource, ndjsonSource } from '../../../src/ingest/sources/jsonSource.js';
import { collect, tempFiles } from './helpers.js';

const enc = (s: string) => Buffer.from(s, 'utf8');

describe('ndjsonSource', () => {
  it('turns each bad line into a failure at its line number and keeps the good ones', async () => {
    const lines = [
      JSON.stringify({ title: 'First', body: 'Good one.' }),
      '{"title": "broken", "body": ',
      '',
      '[1, 2, 3]',
      '"just a string"',
      JSON.stringify({ title: 'No body' }),
      JSON.stringify({ title: 'Empty body', body: '  \n ' }),
      JSON.stringify({ title: 'Too long', body: 'x'.repeat(200) }),
      JSON.stringify({ title: 'Last', body: 'Good two.', lang: 'is' }),
    ];
    const records = await collect(
      ndjsonSource(bytesInput('dump.ndjson', enc(lines.join('\r\n'))), { maxBodyBytes: 100 }),
    );
    expect(records).toEqual([
      { kind: 'article', location: 'dump.ndjson:1', input: { title: 'First', body: 'Good one.' } },
      {
        kind: 'failure',
        location: 'dump.ndjson:2',
        reason: 'invalid JSON: Unexpected end of JSON input',
      },
      { kind: 'failure', location: 'dump.ndjson:4', reason: 'expected a JSON object, got an array' },
      { kind: 'failure', location: 'dump.ndjson:5', reason: 'expected a JSON object, got a string' },
      { kind: 'failure', location: 'dump.ndjson:6', reason: 'body: is required and must be a string' },
      { kind: 'failure', location: 'dump.ndjson:7', reason: 'body: must not be empty' },
      {
        kind: 'failure',
        location: 'dump.ndjson:8',
        reason: 'body: is 200 bytes, over the limit of 100 bytes',
      },
      { kind: 'article', location: 'dump.ndjson:9', input: { title: 'Last', body: 'Good two.', lang: 'is' } },
    ]);
  });

  it('reports invalid UTF-8 on its line and still reads the lines after it', async () => {
    const bytes = Buffer.concat([
      enc('{"body":"caf'),
      Buffer.from([0xe9]), // Latin-1 é inside a UTF-8 file
      enc('"}\n{"body":"Réttur texti."}\n'),
    ]);
    expect(await collect(ndjsonSource(bytesInput('mixed.ndjson', bytes)))).toEqual([
      { kind: 'failure', location: 'mixed.ndjson:1', reason: 'invalid UTF-8 at byte 12' },
      { kind: 'article', location: 'mixed.ndjson:2', input: { title: '', body: 'Réttur texti.' } },
    ]);
  });

  it('skips a line over the record cap without buffering it', async () => {
    // Cap is 8 × 100 + 1 MiB; a 2 MiB line is over it.
    const long = `{"body":"${'y'.repeat(2 * 1024 * 1024)}"}`;
    const bytes = enc(`${long}\n{"body":"after"}`);
    expect(await collect(ndjsonSource(bytesInput('big.ndjson', bytes), { maxBodyBytes: 100 }))).toEqual([
      { kind: 'failure', location: 'big.ndjson:1', reason: 'line is 2 MiB, over the limit of 1 MiB' },
      { kind: 'article', location: 'big.ndjson:2', input: { title: '', body: 'after' } },
    ]);
  });

  it('streams a 50 MB file with bounded memory', async () => {
    const files = await tempFiles({});
    const path = files.path('large.ndjson');
    const out = createWriteStream(path);
    const paragraph = 'Officials met in the capital on Tuesday to discuss the new agreement. '.repeat(14);
    const lines = 50_000;
    for (let i = 0; i < lines; i++) {
      if (
        !out.write(
          `${JSON.stringify({ url: `https://news.example/${i}`, title: `Story ${i}`, body: paragraph })}\n`,
        )
      ) {
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
    }
    await new Promise<void>((resolve) => out.end(resolve));
    try {
      // Heap and Buffer memory together: reading the file whole would show in one or the other.
      const used = () => {
        const m = process.memoryUsage();
        return m.heapUsed + m.external;
      };
      const before = used();
      let articles = 0;
      let peak = before;
      for await (const record of ndjsonSource(await fileInput(path))) {
        if (record.kind === 'article') articles += 1;
        if (articles % 1000 === 0) peak = Math.max(peak, used());
      }
      expect(articles).toBe(lines);
      expect(peak - before).toBeLessThan(100 * 1024 * 1024);
    } finally {
      await files.cleanup();
    }
  }, 60_000);
});

describe('jsonSource', () => {
  it('reads one object', async () => {
    const text = '\n{\n  "title": "Alone",\n  "body": "Just me."\n}\n';
    expect(await collect(jsonSource(bytesInput('one.json', enc(text))))).toEqual([
      { kind: 'article', location: 'one.json:2', input: { title: 'Alone', body: 'Just me.' } },
    ]);
  });

  it('reads an array element by element; a bad element fails alone at the line it starts', async () => {
    const text = [
      '[',
      '  {"title": "A", "body": "Body with a ] and a , and \\"quotes\\" inside."},',
      '  {"title": "B", "body": tru},',
      '  {"title": "C", "body": ""},',
      '  42,',
      '  {"title": "D", "body": "Body D.", "nested": {"deep": [1, {"x": "}"}]}}',
      ']',
    ].join('\n');
    expect(await collect(jsonSource(bytesInput('list.json', enc(text))))).toEqual([
      {
        kind: 'article',
        location: 'list.json:2',
        input: { title: 'A', body: 'Body with a ] and a , and "quotes" inside.' },
      },
      {
        kind: 'failure',
        location: 'list.json:3',
        reason: `invalid JSON: Unexpected token '}', ..."body": tru}" is not valid JSON`,
      },
      { kind: 'failure', location: 'list.json:4', reason: 'body: must not be empty' },
      { kind: 'failure', location: 'list.json:5', reason: 'expected a JSON object, got a number' },
      { kind: 'article', location: 'list.json:6', input: { title: 'D', body: 'Body D.' } },
    ]);
  });

  it('reports a file that is not JSON at all, or an unclosed array, after the good elements', async () => {
    expect(await collect(jsonSource(bytesInput('prose.json', enc('Dear reader, this is prose.'))))).toEqual([
      {
        kind: 'failure',
        location: 'prose.json:1',
        reason: `invalid JSON: Unexpected token 'D', "Dear reade"... is not valid JSON`,
      },
    ]);
    expect(
      await collect(jsonSource(bytesInput('cut.json', enc('[{"body":"kept"},\n{"body":"cut off')))),
    ).toEqual([
      { kind: 'article', location: 'cut.json:1', input: { title: '', body: 'kept' } },
      {
        kind: 'failure',
        location: 'cut.json:2',
        reason: 'unexpected end of file inside an array element (unclosed string or bracket)',
      },
    ]);
    expect(await collect(jsonSource(bytesInput('empty.json', enc('  \n'))))).toEqual([
      { kind: 'failure', location: 'empty.json', reason: 'no JSON value in the file (it is empty)' },
    ]);
  });

  it('splits correctly when elements straddle stream chunks', async () => {
    const text = '[{"body":"one"},{"body":"two, with [brackets] and {braces}"},{"body":"three"}]';
    const chunks = [...text].map((c) => enc(c));
    const input = {
      location: 'chunks.json',
      open: async function* () {
        yield* chunks;
      },
    };
    expect(await collect(jsonSource(input))).toEqual([
      { kind: 'article', location: 'chunks.json:1', input: { title: '', body: 'one' } },
      {
        kind: 'article',
        location: 'chunks.json:1',
        input: { title: '', body: 'two, with [brackets] and {braces}' },
      },
      { kind: 'article', location: 'chunks.json:1', input: { title: '', body: 'three' } },
    ]);
  });
});
