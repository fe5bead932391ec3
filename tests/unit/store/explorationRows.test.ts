import { type Driver, int, Record as Neo4jRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { Executor } from '../../../src/neo4j/executor.js';
import { neighborhood, paths } from '../../../src/store/explorationStore.js';
import type { QueryName } from '../../../src/store/queryNames.js';

/** An executor whose driver answers every query with `rows`, each record with the rows' keys. */
function executorAnswering(rows: Record<string, unknown>[]): Executor<QueryName> {
  const tx = {
    run: async () => ({
      records: rows.map((row) => new Neo4jRecord(Object.keys(row), Object.values(row))),
    }),
  };
  const driver = {
    session: () => ({
      executeRead: <T>(work: (t: typeof tx) => Promise<T>) => work(tx),
      close: async () => undefined,
    }),
  } as unknown as Driver;
  const queries = new Map<QueryName, string>([
    ['exploration/neighborhood', 'neighborhood'],
    ['exploration/paths', 'paths'],
  ]);
  return new Executor({
    driver,
    database: 'neo4j',
    queries,
    logger: createLogger('silent'),
    timeoutMs: 1000,
    where: 'test',
  });
}

const start = { kind: 'Leader', key: 'l1' } as const;

describe('exploration rows', () => {
  it('keeps the nodes and gives each edge its id, with driver integers made numbers', async () => {
    const nodes = [
      { id: 'Leader:l1', type: 'Leader', label: 'L One' },
      { id: 'Country:PRK', type: 'Country', label: 'North Korea' },
    ];
    const rawEdge = { type: 'HOLDS_OFFICE', source: 'Leader:l1', target: 'Country:PRK' };
    const edge = (weight: number) => ({ id: 'Leader:l1|HOLDS_OFFICE|Country:PRK', ...rawEdge, weight });
    // The driver's rows are copies: the store must hand back what they hold, not what the test holds.
    const copy = () => nodes.map((node) => ({ ...node }));
    const executor = executorAnswering([{ nodes: copy(), edges: [{ ...rawEdge, weight: int(2) }] }]);
    expect(await neighborhood(executor, start, 1, null, 10)).toEqual({ nodes, edges: [edge(2)] });

    const prk = { kind: 'Country', key: 'PRK' } as const;
    // The paths query answers one row without nodes when it finds no path, saying which ends exist.
    const noPath = executorAnswering([{ fromFound: true, toFound: false, nodes: null, edges: null }]);
    expect(await paths(noPath, start, prk, 3, 5)).toEqual({ fromFound: true, toFound: false, paths: [] });
    const onePath = executorAnswering([
      { fromFound: true, toFound: true, nodes, edges: [{ ...rawEdge, weight: 1 }] },
    ]);
    expect(await paths(onePath, start, prk, 3, 5)).toEqual({
      fromFound: true,
      toFound: true,
      paths: [{ nodes, edges: [edge(1)] }],
    });
  });

  it('refuses a row whose node or edge lacks a field or has one of the wrong type', async () => {
    const message =
      'query exploration/neighborhood returned an unexpected row:  expected {nodes: [{id, type, label}], edges: [{type, source, target, weight}]}';
    const badNode = executorAnswering([{ nodes: [{ id: 'Leader:l1', type: 'Leader' }], edges: [] }]);
    await expect(neighborhood(badNode, start, 1, null, 10)).rejects.toThrow(message);
    const badEdge = executorAnswering([
      { nodes: [], edges: [{ type: 'X', source: 'a', target: 'b', weight: 'heavy' }] },
    ]);
    await expect(neighborhood(badEdge, start, 1, null, 10)).rejects.toThrow(message);
    const notLists = executorAnswering([{ nodes: null, edges: [] }]);
    await expect(neighborhood(notLists, start, 1, null, 10)).rejects.toThrow(message);
  });
});
