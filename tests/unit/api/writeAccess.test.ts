import { describe, expect, it } from 'vitest';
import { requireWrite, writeAccess } from '../../../src/graphql/writeAccess.js';

const KEY = 'a-key-of-sixteen-chars';

describe('writeAccess', () => {
  it('allows the configured key as a bearer token, in any case of the scheme', () => {
    expect(writeAccess(KEY, `Bearer ${KEY}`)).toEqual({ allowed: true });
    expect(writeAccess(KEY, `bearer ${KEY}`)).toEqual({ allowed: true });
  });

  it('refuses a missing or wrong key (UNAUTHENTICATED) and every write when no key is configured (FORBIDDEN)', () => {
    expect([
      writeAccess(KEY, undefined),
      writeAccess(KEY, 'Bearer nope'),
      writeAccess(undefined, `Bearer ${KEY}`),
    ]).toEqual([
      {
        allowed: false,
        code: 'UNAUTHENTICATED',
        reason: 'writes need the header Authorization: Bearer <NEWSGRAPH_API_KEY>',
      },
      { allowed: false, code: 'UNAUTHENTICATED', reason: 'the API key in Authorization is not valid' },
      {
        allowed: false,
        code: 'FORBIDDEN',
        reason: 'writes are disabled: the server has no NEWSGRAPH_API_KEY set',
      },
    ]);
    expect(() => requireWrite(writeAccess(KEY, undefined))).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});
