import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  planPage,
  toConnection,
} from '../../../src/graphql/services/connection.js';

const rows = (keys: string[]) => keys.map((key) => ({ key, node: key }));
const count = () => Promise.resolve(0);

describe('planPage (Relay cursor connection arguments)', () => {
  it('reads forward in natural order by default, one row more than the page', () => {
    expect(planPage({}, true)).toEqual({
      query: { after: null, desc: true, limit: 21 },
      size: 20,
      backward: false,
      cursorGiven: false,
    });
    expect(planPage({ first: 2, after: encodeCursor('k5') }, true)).toEqual({
      query: { after: 'k5', desc: true, limit: 3 },
      size: 2,
      backward: false,
      cursorGiven: true,
    });
  });

  it('reads backward in reverse order for last/before', () => {
    expect(planPage({ last: 3, before: encodeCursor('k2') }, false)).toEqual({
      query: { after: 'k2', desc: true, limit: 4 },
      size: 3,
      backward: true,
      cursorGiven: true,
    });
  });

  it('refuses mixed directions, oversized pages and foreign cursors', () => {
    expect(() => planPage({ first: 1, last: 1 }, true)).toThrow('give either first or last, not both');
    expect(() => planPage({ first: 1, before: encodeCursor('x') }, true)).toThrow(
      'page forward with first/after or backward with last/before, not a mix',
    );
    expect(() => planPage({ first: 101 }, true)).toThrow('first must be between 0 and 100, got 101');
    expect(() => planPage({ after: 'bm9wZQ' }, true)).toThrow('after is not a cursor this API gave out');
  });
});

describe('toConnection', () => {
  it('keeps the page, says whether there is more, and reverses a backward page into natural order', async () => {
    const forward = toConnection(planPage({ first: 2 }, true), rows(['c', 'b', 'a']), count);
    expect({ ...forward, totalCount: undefined }).toEqual({
      edges: [
        { cursor: encodeCursor('c'), node: 'c' },
        { cursor: encodeCursor('b'), node: 'b' },
      ],
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: encodeCursor('c'),
        endCursor: encodeCursor('b'),
      },
      totalCount: undefined,
    });
    const backward = toConnection(
      planPage({ last: 2, before: encodeCursor('c') }, true),
      rows(['a', 'b']),
      count,
    );
    expect(backward.edges.map((edge) => edge.node)).toEqual(['b', 'a']);
    expect(backward.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor('b'),
      endCursor: encodeCursor('a'),
    });
    expect(decodeCursor(encodeCursor('2024|https://x/y'), 'after')).toBe('2024|https://x/y');
  });
});
