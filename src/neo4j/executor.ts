import type { Driver, ManagedTransaction, Record as Neo4jRecord, QueryResult } from 'neo4j-driver';
import type { z } from 'zod';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type Plain, toPlain } from './convert.js';
import { fromDriverError } from './driverErrors.js';

export type Params = Record<string, unknown>;

/** Runs named queries inside one transaction; what `readTransaction`/`writeTransaction` hand to their work. */
export interface QueryRunner<Name extends string> {
  run<T>(name: Name, params: Params, row: z.ZodType<T>): Promise<T[]>;
}

export interface ExecutorOptions<Name extends string> {
  driver: Driver;
  database: string;
  queries: ReadonlyMap<Name, string>;
  logger: Logger;
  /** Every read transaction gets this timeout, so no query can hold the database forever. */
  timeoutMs: number;
  /** The timeout of write transactions (ingestion batches), which do more work; defaults to `timeoutMs`. */
  writeTimeoutMs?: number;
  /** How to name the database in error messages (its URI, never credentials). */
  where: string;
}

/**
 * The only code that opens sessions. Reads go through `executeRead` and writes through
 * `executeWrite`, so the driver retries transient failures and routes in a cluster; the
 * database is always named; sessions close in `finally`; every row is converted to plain
 * data and parsed with the caller's zod schema before it goes further; every run is
 * logged by query name and counted (the N+1 tests read the count).
 */
export class Executor<Name extends string> {
  private readonly options: ExecutorOptions<Name>;
  private sent = 0;

  constructor(options: ExecutorOptions<Name>) {
    this.options = options;
  }

  /** Queries sent to Neo4j since this executor was made. */
  get roundTrips(): number {
    return this.sent;
  }

  get database(): string {
    return this.options.database;
  }

  read<T>(name: Name, params: Params, row: z.ZodType<T>): Promise<T[]> {
    return this.readTransaction((tx) => tx.run(name, params, row));
  }

  write<T>(name: Name, params: Params, row: z.ZodType<T>): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run(name, params, row));
  }

  readTransaction<T>(work: (tx: QueryRunner<Name>) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  writeTransaction<T>(work: (tx: QueryRunner<Name>) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /**
   * Runs one schema statement from a migration file in its own auto-commit transaction
   * (Neo4j does not mix schema and data changes in one transaction).
   */
  async runSchema(statement: string): Promise<void> {
    const session = this.options.driver.session({
      database: this.options.database,
      defaultAccessMode: 'WRITE',
    });
    try {
      this.sent++;
      await session.run(statement, {}, { timeout: Math.max(this.options.timeoutMs, 120_000) });
    } catch (error) {
      throw fromDriverError(error, this.options.where);
    } finally {
      await session.close();
    }
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: QueryRunner<Name>) => Promise<T>,
  ): Promise<T> {
    const { driver, database, timeoutMs, writeTimeoutMs } = this.options;
    const session = driver.session({ database, defaultAccessMode: mode });
    const timeout = mode === 'WRITE' ? (writeTimeoutMs ?? timeoutMs) : timeoutMs;
    const config = { timeout, metadata: { app: 'newsgraph' } };
    try {
      const body = (tx: ManagedTransaction) => work(this.runner(tx));
      return mode === 'READ'
        ? await session.executeRead(body, config)
        : await session.executeWrite(body, config);
    } catch (error) {
      throw fromDriverError(error, this.options.where);
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction): QueryRunner<Name> {
    return {
      run: async <T>(name: Name, params: Params, row: z.ZodType<T>): Promise<T[]> => {
        const text = this.options.queries.get(name);
        if (text === undefined) {
          throw new NewsgraphError(ErrorCode.INTERNAL_SERVER_ERROR, `no Cypher file for query ${name}`);
        }
        const started = performance.now();
        this.sent++;
        const result: QueryResult = await tx.run(text, params);
        const rows = result.records.map((record) => parseRow(name, record, row));
        this.options.logger.debug(
          { query: name, rows: rows.length, ms: Math.round(performance.now() - started) },
          'cypher',
        );
        return rows;
      },
    };
  }
}

function parseRow<T>(name: string, record: Neo4jRecord, row: z.ZodType<T>): T {
  const plain: Record<string, Plain> = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i++) plain[keys[i] as string] = toPlain(record.get(i));
  const parsed = row.safeParse(plain);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NewsgraphError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `query ${name} returned an unexpected row: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`,
    );
  }
  return parsed.data;
}
