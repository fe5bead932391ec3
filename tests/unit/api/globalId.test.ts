import { describe, expect, it } from 'vitest';
import {
  countryName,
  parseGlobalId,
  refFromArgument,
  toIso3,
  tryParseGlobalId,
} from '../../../src/graphql/globalId.js';

describe('global ids <Type>:<key>', () => {
  it('splits at the first colon, so keys may hold colons', () => {
    expect(tryParseGlobalId('Article:https://mbl.is/a/1')).toEqual({
      kind: 'Article',
      key: 'https://mbl.is/a/1',
    });
    expect(tryParseGlobalId('Place:RUS:moscow')).toEqual({ kind: 'Place', key: 'RUS:moscow' });
    expect(tryParseGlobalId('Nothing:1')).toBeUndefined();
    expect(tryParseGlobalId('Country:')).toBeUndefined();
    expect(() => parseGlobalId('RUS', 'id')).toThrow(
      'id "RUS" is not a global id; global ids look like Country:RUS or Leader:vladimir-putin',
    );
  });

  it('reads ids given as global ids, ISO codes or slugs where that is unambiguous', () => {
    expect(refFromArgument('is', 'where.country', ['Country'])).toEqual({ kind: 'Country', key: 'ISL' });
    expect(refFromArgument('RUS', 'actor', ['Country', 'Leader', 'Organization'])).toEqual({
      kind: 'Country',
      key: 'RUS',
    });
    expect(refFromArgument('nato', 'actor', ['Country', 'Leader', 'Organization'])).toEqual({
      kind: 'Leader',
      key: 'nato',
    });
    expect(refFromArgument('Organization:nato', 'actor', ['Country', 'Leader', 'Organization'])).toEqual({
      kind: 'Organization',
      key: 'nato',
    });
    expect(() => refFromArgument('Event:ev:1', 'where.leader', ['Leader'])).toThrow(
      'where.leader must be the id of a Leader, got a Event',
    );
    expect(() => refFromArgument('12', 'where.country', ['Country'])).toThrow(
      'where.country "12" is not an ISO 3166-1 country code',
    );
  });

  it('converts ISO codes and names countries in other languages', () => {
    expect([toIso3('is'), toIso3('ISL'), toIso3('zz'), toIso3('Iceland')]).toEqual([
      'ISL',
      'ISL',
      undefined,
      undefined,
    ]);
    expect([countryName('ISL', 'is'), countryName('DEU', 'de-AT'), countryName('ISL', 'xx')]).toEqual([
      'Ísland',
      'Deutschland',
      undefined,
    ]);
  });
});
