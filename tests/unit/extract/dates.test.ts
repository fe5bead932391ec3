import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

describe('event dates', () => {
  it('takes no word for a month because it names a property of Object ("constructor")', () => {
    const result = extract({
      body: 'Russia signed a deal with China with the constructor Rosatom.',
      lang: 'en',
      publishedAt: '2024-06-18',
    });
    expect(result.events.map((e) => [e.cameo, e.source, e.target, e.date, e.datePrecision])).toEqual([
      ['057', ['RUS'], ['CHN'], '2024-06-18', 'day'],
    ]);
  });
});
