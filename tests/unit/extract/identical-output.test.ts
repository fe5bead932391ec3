import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { loadFixtures } from './summary.js';

// Speed work on the extractor must not change what it finds: the whole extraction of every fixture
// article (offsets, texts, confidences, key order) is pinned byte for byte, with the language
// detected and with it given. Refresh with `npx vitest run -u` only for a deliberate change of results.
describe('extract() output is byte-identical to the recorded one', () => {
  for (const fixture of loadFixtures()) {
    const file = `./__snapshots__/extractions/${fixture.name.replace('/', '-')}.json`;
    it(`for ${fixture.name}`, async () => {
      const detected = extract(fixture.input);
      const given = extract({ ...fixture.input, lang: detected.lang });
      const json = `${JSON.stringify({ detected, given }, null, 1)}\n`;
      await expect(json).toMatchFileSnapshot(file);
    });
  }
});

// The founding article is someone else's text, so only a digest of its extraction is recorded here.
const founding = `${PROJECT_ROOT.replace(/\/$/, '')}/../shared/articles/mbl-2024-06-18-putin-north-korea.txt`;

describe.skipIf(!existsSync(founding))('extract() on the founding article', () => {
  it('gives the recorded extraction (SHA-256 of its JSON)', () => {
    const raw = readFileSync(founding, 'utf8');
    const [title = '', ...rest] = raw.split('\n');
    const result = extract({ title, body: rest.join('\n').replace(/^\n+/, ''), publishedAt: '2024-06-18' });
    const digest = createHash('sha256').update(JSON.stringify(result)).digest('hex');
    expect(digest).toBe('6a601e93900b1997068f94b0947cf4e042e6dbe47f9e079a892c25e1b0dd56fd');
  });
});
