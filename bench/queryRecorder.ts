/**
 * The floor of the query bench: the very Cypher a GraphQL operation sends, with the same
 * parameters and the same concurrency, run straight through the driver. A recording driver
 * wraps the API's sessions during one request; `replay` then runs what it saw, wave by wave
 * (queries that overlapped in time run together, as the loaders sent them).
 */
import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

export interface Recorded {
  text: string;
  params: Record<string, unknown>;
  start: number;
  end: number;
}

export class Recorder {
  private log: Recorded[] | undefined;

  /** A driver that behaves as `driver` and records every `tx.run` while recording is on. */
  wrap(driver: Driver): Driver {
    const wrapSession = (session: Session) => {
      const wrapTx = (tx: ManagedTransaction) => ({
        run: async (text: string, params: Record<string, unknown>) => {
          const start = performance.now();
          const result = await tx.run(text, params);
          this.log?.push({ text, params, start, end: performance.now() });
          return result;
        },
      });
      return {
        executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
          session.executeRead((tx) => work(wrapTx(tx) as unknown as ManagedTransaction), config),
        executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
          session.executeWrite((tx) => work(wrapTx(tx) as unknown as ManagedTransaction), config),
        run: (text: string, params?: Record<string, unknown>, config?: object) =>
          session.run(text, params, config),
        close: () => session.close(),
      } as unknown as Session;
    };
    return {
      session: (config?: SessionConfig) => wrapSession(driver.session(config)),
      close: () => driver.close(),
    } as unknown as Driver;
  }

  async record(work: () => Promise<void>): Promise<Recorded[][]> {
    this.log = [];
    await work();
    const log = this.log.sort((a, b) => a.start - b.start);
    this.log = undefined;
    const waves: Recorded[][] = [];
    let waveEnd = Number.NEGATIVE_INFINITY;
    for (const query of log) {
      const current = waves.at(-1);
      if (current && query.start < waveEnd) {
        current.push(query);
        waveEnd = Math.max(waveEnd, query.end);
      } else {
        waves.push([query]);
        waveEnd = query.end;
      }
    }
    return waves;
  }
}

/** Runs recorded waves through the raw driver, one read transaction per query as the executor does. */
export async function replay(driver: Driver, database: string, waves: readonly Recorded[][]): Promise<void> {
  for (const wave of waves) {
    await Promise.all(
      wave.map(async (query) => {
        const session = driver.session({ database, defaultAccessMode: 'READ' });
        try {
          await session.executeRead((tx) => tx.run(query.text, query.params));
        } finally {
          await session.close();
        }
      }),
    );
  }
}
