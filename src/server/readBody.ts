import type { IncomingMessage } from 'node:http';
import { ErrorCode, NewsgraphError } from '../errors.js';

/** Reads a request body up to `limit` bytes; past it, fails with PAYLOAD_TOO_LARGE without buffering the rest. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) {
    throw new NewsgraphError(ErrorCode.PAYLOAD_TOO_LARGE, `request body over ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) {
      throw new NewsgraphError(ErrorCode.PAYLOAD_TOO_LARGE, `request body over ${limit} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
