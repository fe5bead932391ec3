import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/graphql/services/highlight.js';

describe('highlight', () => {
  it('finds words by prefix, ignoring case and accents, with their ranges in the passage', () => {
    expect(highlight('body', 'Pútín hitti Kim. Putin og Kim.', ['putin'])).toEqual({
      field: 'body',
      text: 'Pútín hitti Kim. Putin og Kim.',
      matches: [
        { start: 0, end: 5 },
        { start: 17, end: 22 },
      ],
    });
    expect(highlight('title', 'Nothing here', ['putin'])).toBeUndefined();
  });

  it('cuts a passage around the first match in a long text', () => {
    const text = `${'a '.repeat(100)}sanctions${' b'.repeat(100)}`;
    const result = highlight('body', text, ['sanction']);
    expect(result).toEqual({ field: 'body', text: text.slice(120, 289), matches: [{ start: 80, end: 89 }] });
  });
});
