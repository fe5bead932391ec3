import { Date as CypherDate, DateTime, Duration, int, Node } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/neo4j/convert.js';

describe('toPlain', () => {
  it('turns driver values inside lists and maps into plain data', () => {
    const row = {
      count: int(42),
      huge: int('9007199254740993'),
      big: 12n,
      published: new DateTime(2017, 7, 1, 12, 30, 0, 0, 0),
      day: new CypherDate(2006, 10, 14),
      span: new Duration(0, 3, 0, 0),
      node: new Node(int(1), ['Country'], { iso3: 'PRK', mentions: int(7) }, 'e1'),
      nested: [{ at: new CypherDate(2024, 2, 29), tags: ['a', null, true, 1.5] }],
      none: null,
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      count: 42,
      huge: '9007199254740993',
      big: 12,
      published: '2017-07-01T12:30:00Z',
      day: '2006-10-14',
      span: 'P3DT', // the driver's own ISO 8601 text for three days
      node: { iso3: 'PRK', mentions: 7 },
      nested: [{ at: '2024-02-29', tags: ['a', null, true, 1.5] }],
      none: null,
      missing: null,
    });
  });

  it('keeps the keys of a map without a prototype', () => {
    const map = Object.assign(Object.create(null) as Record<string, unknown>, { a: int(1) });
    expect(toPlain(map)).toEqual({ a: 1 });
  });
});

describe('toPlain in place', () => {
  it('converts the driver lists and maps it is given rather than copying them', () => {
    const map: Record<string, unknown> = { n: int(3), tags: ['x'] };
    const list: unknown[] = [map, int(4)];
    const plain = toPlain(list);
    expect(plain).toBe(list);
    expect((plain as unknown[])[0]).toBe(map);
    expect(list).toEqual([{ n: 3, tags: ['x'] }, 4]);
  });
});
