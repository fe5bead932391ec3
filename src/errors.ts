/**
 * The one error class of Newsgraph. Every expected failure is a `NewsgraphError` with a
 * code from `ErrorCode`; the code decides the GraphQL `extensions.code`, the HTTP status
 * and the CLI exit code, so callers branch on codes, never on message text.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_CONFIG: 'BAD_CONFIG',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  NEO4J_AUTH_FAILED: 'NEO4J_AUTH_FAILED',
  NEO4J_UNAVAILABLE: 'NEO4J_UNAVAILABLE',
  NEO4J_LOCKED: 'NEO4J_LOCKED',
  PORT_IN_USE: 'PORT_IN_USE',
  MISSING_TOOL: 'MISSING_TOOL',
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  FETCH_FAILED: 'FETCH_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that are the user's to fix (bad arguments, bad config, bad input): CLI exit 2. */
const USER_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_CONFIG,
  ErrorCode.INPUT_UNREADABLE,
]);

export class NewsgraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsgraphError';
    this.code = code;
  }

  /** Exit code for the CLI: 2 for what the user must fix, 1 for everything else. */
  get exitCode(): number {
    return USER_CODES.has(this.code) ? 2 : 1;
  }
}

/** Thrown where a `switch` over a union has no case left; the compiler proves it unreachable. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}
