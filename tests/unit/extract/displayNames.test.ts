import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const displayNames = JSON.parse(
  readFileSync(new URL('../../../data/countries/display-names.json', import.meta.url), 'utf8'),
) as { names: Record<string, string> };

describe('English display names', () => {
  it('each name the country it displays, in running text', () => {
    const wrong: Array<[string, string, string[]]> = [];
    for (const [iso3, name] of Object.entries(displayNames.names)) {
      const found = extract({
        body: `Officials in ${name} said on Monday that talks would go on.`,
        lang: 'en',
        publishedAt: '2024-01-10',
      }).countries.map((c) => c.iso3);
      if (found.length !== 1 || found[0] !== iso3) wrong.push([iso3, name, found]);
    }
    expect(wrong).toEqual([]);
  });
});
