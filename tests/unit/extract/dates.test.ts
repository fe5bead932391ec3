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

  it('dates a month named without a year across New Year when the article is at the other end of it', () => {
    const dated = (body: string, publishedAt: string) =>
      extract({ body, lang: 'en', publishedAt }).events.map((e) => [e.cameo, e.date, e.datePrecision]);
    // "January" in a December paper is the coming one, "December" in a January paper the last.
    expect(dated('Russia signed a deal with China, to take effect in January.', '2024-12-21')).toEqual([
      ['057', '2025-01', 'month'],
    ]);
    expect(dated('Russia signed a deal with China in December.', '2025-01-10')).toEqual([
      ['057', '2024-12', 'month'],
    ]);
    // Nearer months stay in the article's year, and a day or a year written with the month is read as written.
    expect(dated('Russia signed a deal with China in March.', '2024-10-01')).toEqual([
      ['057', '2024-03', 'month'],
    ]);
    expect(dated('Russia signed a deal with China on 5 January.', '2024-12-21')).toEqual([
      ['057', '2025-01-05', 'day'],
    ]);
    expect(dated('Russia signed a deal with China in January 2024.', '2024-12-21')).toEqual([
      ['057', '2024-01', 'month'],
    ]);
  });
});
