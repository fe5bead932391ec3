import { z } from 'zod';
import type { NodeRef } from './entitiesModels.js';
import { integer, refParams } from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

const graphNode = z.object({ id: z.string(), type: z.string(), label: z.string() });
const graphEdge = z.object({ type: z.string(), source: z.string(), target: z.string(), weight: z.number() });

export type GraphNodeRow = z.infer<typeof graphNode>;
export type GraphEdgeRow = z.infer<typeof graphEdge>;
export interface GraphRows {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

const graphRow = z.object({ nodes: z.array(graphNode), edges: z.array(graphEdge) });

/** The nodes within `depth` hops of one node (breadth first, at most `limit`) and the edges among them. */
export async function neighborhood(
  executor: StoreExecutor,
  ref: NodeRef,
  depth: number,
  types: readonly string[] | null,
  limit: number,
): Promise<GraphRows | undefined> {
  const [row] = await executor.read(
    'exploration/neighborhood',
    { refs: refParams([ref]), depth: integer(depth), types, limit: integer(limit) },
    graphRow,
  );
  return row;
}

/** Shortest paths between two nodes, at most `maxHops` long. */
export function paths(
  executor: StoreExecutor,
  from: NodeRef,
  to: NodeRef,
  maxHops: number,
  first: number,
): Promise<GraphRows[]> {
  const plain = (ref: NodeRef) => ({ kind: ref.kind, key: ref.key });
  return executor.read(
    'exploration/paths',
    { from: plain(from), to: plain(to), maxHops: integer(maxHops), first: integer(first) },
    graphRow,
  );
}

const bucketRow = z.object({ start: z.string(), articles: z.number(), events: z.number() });
export type TimelineRow = z.infer<typeof bucketRow>;

/** Article and event counts per bucket for one node. */
export function timeline(
  executor: StoreExecutor,
  ref: NodeRef,
  interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR',
  from: string | null,
  to: string | null,
): Promise<TimelineRow[]> {
  return executor.read('exploration/timeline', { refs: refParams([ref]), interval, from, to }, bucketRow);
}
