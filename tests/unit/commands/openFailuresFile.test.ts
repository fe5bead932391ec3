import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFailuresFile } from '../../../src/commands/openFailuresFile.js';
import { tempFiles } from '../ingest/helpers.js';

/** The error `work` throws, as { code, message }. */
function thrown(work: () => unknown): { code: string; message: string } | undefined {
  try {
    work();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  return undefined;
}

describe('openFailuresFile', () => {
  it('refuses an input file or a file in an input folder, leaving the input as it was', async () => {
    const files = await tempFiles({ 'in.ndjson': '{"body":"kept"}\n', 'dir/a.txt': 'A\nBody.' });
    try {
      const input = files.path('in.ndjson');
      expect(thrown(() => openFailuresFile(input, [input]))).toEqual({
        code: 'BAD_USER_INPUT',
        message: `--failures ${input} is the input file ${input}; name a file elsewhere`,
      });
      expect(readFileSync(input, 'utf8')).toBe('{"body":"kept"}\n');
      const inFolder = files.path('dir/failures.jsonl');
      expect(thrown(() => openFailuresFile(inFolder, ['-', files.path('dir')]))).toEqual({
        code: 'BAD_USER_INPUT',
        message: `--failures ${inFolder} is inside the input folder ${files.path('dir')}; name a file elsewhere`,
      });
    } finally {
      await files.cleanup();
    }
  });

  it('says why a file cannot be written, before anything is read', async () => {
    const files = await tempFiles({ 'x.txt': 'X' });
    try {
      const missing = join(files.dir, 'no-such-folder', 'f.jsonl');
      expect(thrown(() => openFailuresFile(missing, []))).toEqual({
        code: 'BAD_USER_INPUT',
        message: `cannot write --failures file ${missing}: its folder does not exist`,
      });
      expect(thrown(() => openFailuresFile(files.dir, []))).toEqual({
        code: 'BAD_USER_INPUT',
        message: `cannot write --failures file ${files.dir}: it is a folder`,
      });
    } finally {
      await files.cleanup();
    }
  });

  it('opens a writable file afresh', async () => {
    const files = await tempFiles({ 'old.jsonl': 'stale\n' });
    try {
      const path = files.path('old.jsonl');
      const stream = openFailuresFile(path, [files.path('x.ndjson')]);
      await new Promise<void>((done) => stream.end('{"location":"a","reason":"b"}\n', () => done()));
      expect(readFileSync(path, 'utf8')).toBe('{"location":"a","reason":"b"}\n');
    } finally {
      await files.cleanup();
    }
  });
});
