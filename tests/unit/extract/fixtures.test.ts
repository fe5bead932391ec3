import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { loadFixtures, summarize } from './summary.js';

// The team's own articles, several per language, each with the exact sets a reader expects.
describe('extract() on the fixture articles', () => {
  for (const fixture of loadFixtures()) {
    it(`finds exactly the expected entities, events and sanctions in ${fixture.name}`, () => {
      expect(summarize(extract(fixture.input))).toEqual(fixture.expected);
    });
  }
});
