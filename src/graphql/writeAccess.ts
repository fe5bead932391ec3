import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode, NewsgraphError } from '../errors.js';

/** Whether this request may write, and if not, why. */
export type WriteAccess =
  | { allowed: true }
  | { allowed: false; code: typeof ErrorCode.UNAUTHENTICATED | typeof ErrorCode.FORBIDDEN; reason: string };

/**
 * Writes need `Authorization: Bearer <NEWSGRAPH_API_KEY>`. With no key configured every
 * write is refused (FORBIDDEN): the server then listens on loopback only, where the CLI's
 * `newsgraph ingest` is the way to write, and no local web page can write through the API.
 * Keys are compared in constant time over their SHA-256 digests.
 */
export function writeAccess(apiKey: string | undefined, authorization: string | undefined): WriteAccess {
  if (!apiKey) {
    return {
      allowed: false,
      code: ErrorCode.FORBIDDEN,
      reason: 'writes are disabled: the server has no NEWSGRAPH_API_KEY set',
    };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    return {
      allowed: false,
      code: ErrorCode.UNAUTHENTICATED,
      reason: 'writes need the header Authorization: Bearer <NEWSGRAPH_API_KEY>',
    };
  }
  const given = createHash('sha256').update(match[1]).digest();
  const wanted = createHash('sha256').update(apiKey).digest();
  return timingSafeEqual(given, wanted)
    ? { allowed: true }
    : {
        allowed: false,
        code: ErrorCode.UNAUTHENTICATED,
        reason: 'the API key in Authorization is not valid',
      };
}

/** Throws unless the request may write. */
export function requireWrite(access: WriteAccess): void {
  if (!access.allowed) throw new NewsgraphError(access.code, access.reason);
}
