import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured logs go to stderr, so stdout stays free for command output (JSON from
 * `extract`, summaries from `ingest`).
 */
export function createLogger(level: string, name = 'newsgraph'): Logger {
  return pino({ name, level }, pino.destination(2));
}
