import { describe, expect, it } from 'vitest';
import { isYearKey } from '../../../src/extract/dates.js';
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

describe('isYearKey', () => {
  it('takes four ASCII digits from 1900 to 2099 and nothing else', () => {
    expect(['1900', '1990', '2024', '2099'].map(isYearKey)).toEqual([true, true, true, true]);
    expect(['1899', '2100', '199', '19901', '19a0', '٢٠٢٤', '２０２４', ''].map(isYearKey)).toEqual(
      Array(8).fill(false),
    );
  });
});
