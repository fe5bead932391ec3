import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor, loadResources } from '../../../src/extract/index.js';
import { type LexiconSource, lexiconSource } from '../../../src/extract/lexicon.js';
import { readLexiconSnapshot, writeLexiconSnapshot } from '../../../src/extract/lexiconSnapshot.js';
import { projectPath } from '../../../src/paths.js';
import { loadFixtures } from './summary.js';

const resources = loadResources();
const dir = mkdtempSync(`${tmpdir()}/newsgraph-lexicons-`);
const langs = ['en', 'is', 'de'];
const sources = new Map(langs.map((lang) => [lang, lexiconSource(resources, lang)]));
for (const source of sources.values()) writeLexiconSnapshot(dir, resources, source);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stored lexicons', () => {
  it('read back as the source they were made from', () => {
    for (const lang of langs) expect(readLexiconSnapshot(dir, resources, lang)).toEqual(sources.get(lang));
  });

  it('give every fixture article the same extraction as lexicons derived from the data', () => {
    const derived = createExtractor(resources);
    const stored = createExtractor(resources, { snapshotDir: dir });
    for (const fixture of loadFixtures())
      expect(stored.extract(fixture.input)).toEqual(derived.extract(fixture.input));
  });

  it('are what the extractor uses when their key matches', () => {
    // A stored English lexicon without its country phrases: an extractor that reads it finds no country.
    const other = mkdtempSync(`${tmpdir()}/newsgraph-lexicons-`);
    try {
      const source = sources.get('en') as LexiconSource;
      const keep = source.phrases.payloads.map((index) => source.payloads[index]?.kind !== 'country');
      const pick = <T>(list: T[]) => list.filter((_, i) => keep[i]);
      writeLexiconSnapshot(other, resources, {
        ...source,
        phrases: {
          keys: pick(source.phrases.keys),
          shapes: pick(source.phrases.shapes),
          payloads: pick(source.phrases.payloads),
          modes: pick([...source.phrases.modes]).join(''),
        },
      });
      const input = { title: 'Talks', body: 'Germany and France agreed on a plan.', lang: 'en' };
      expect(
        createExtractor(resources)
          .extract(input)
          .countries.map((c) => c.iso3),
      ).toEqual(['DEU', 'FRA']);
      expect(createExtractor(resources, { snapshotDir: other }).extract(input).countries).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('are not used when made from other data, or when missing or damaged', () => {
    const edited = { ...resources, fingerprint: 'other data' };
    expect(readLexiconSnapshot(dir, edited, 'en')).toBeNull();
    expect(readLexiconSnapshot(dir, resources, 'fr')).toBeNull();
    const file = `${dir}/is.json`;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length / 2));
    expect(readLexiconSnapshot(dir, resources, 'is')).toBeNull();
    writeFileSync(file, text);
  });

  it('are keyed by the data files’ contents, wherever the folder lies', () => {
    const copy = mkdtempSync(`${tmpdir()}/newsgraph-data-`);
    try {
      cpSync(projectPath('data'), copy, { recursive: true });
      expect(loadResources({ dataDir: copy }).fingerprint).toBe(resources.fingerprint);
      const file = `${copy}/organizations/organizations.json`;
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
      expect(loadResources({ dataDir: copy }).fingerprint).not.toBe(resources.fingerprint);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
