import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured logs. Commands that print results (`extract`, `ingest`, `migrate`) log to
 * stderr so stdout stays theirs; `serve` logs to stdout, its event stream, so stderr
 * carries only the one-line failure a user or supervisor reads.
 */
export function createLogger(level: string, name = 'newsgraph', destination: 1 | 2 = 2): Logger {
  return pino({ name, level }, pino.destination(destination));
}
