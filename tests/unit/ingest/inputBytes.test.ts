import { describe, expect, it } from 'vitest';
import { localInputBytes, openSource } from '../../../src/ingest/sources/openSource.js';
import { collect, tempFiles } from './helpers.js';

const LINE = '{"title":"Talks","body":"Norway and Sweden agreed on a fisheries deal."}\n';

describe('progress against the size of local input', () => {
  it('totals the files that specs name, and reports every byte read from them once', async () => {
    const files = await tempFiles({
      'a.ndjson': LINE.repeat(3),
      'dir/b.json': `[${LINE.trim()}]`,
      'dir/c.txt': 'Title\n\nA body about Norway.',
    });
    try {
      const specs = [files.path('a.ndjson'), files.path('dir')];
      const total = LINE.length * 3 + LINE.trim().length + 2 + 'Title\n\nA body about Norway.'.length;
      let read = 0;
      const records = [];
      for (const spec of specs) {
        records.push(...(await collect(openSource(spec, { onFileBytes: (n) => (read += n) }))));
      }
      expect({ total: await localInputBytes(specs), read, records: records.length }).toEqual({
        total,
        read: total,
        records: 5,
      });
    } finally {
      await files.cleanup();
    }
  });

  it('knows no total for stdin, URLs, feeds or a spec that cannot be read', async () => {
    const files = await tempFiles({ 'a.ndjson': LINE, 'news.rss': '<rss version="2.0"></rss>' });
    try {
      expect(
        await Promise.all([
          localInputBytes(['-']),
          localInputBytes([files.path('a.ndjson'), 'https://news.example/feed']),
          localInputBytes([files.path('news.rss')]),
          localInputBytes([files.path('a.ndjson')], 'feed'),
          localInputBytes([files.path('missing.ndjson')]),
          localInputBytes([files.path('a.ndjson')]),
        ]),
      ).toEqual([null, null, null, null, null, LINE.length]);
    } finally {
      await files.cleanup();
    }
  });
});
