import { z } from 'zod';
import type { NodeRef } from './entitiesModels.js';
import { integer, refParams } from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

export interface GraphNodeRow {
  id: string;
  type: string;
  label: string;
}
/** An edge as the query returns it, with its id (`source|type|target`) added. */
export interface GraphEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  weight: number;
}
export interface GraphRows {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

function isGraphNode(value: unknown): value is GraphNodeRow {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  return typeof node.id === 'string' && typeof node.type === 'string' && typeof node.label === 'string';
}

function isGraphEdge(value: unknown): value is Omit<GraphEdgeRow, 'id'> {
  if (typeof value !== 'object' || value === null) return false;
  const edge = value as Record<string, unknown>;
  return (
    typeof edge.type === 'string' &&
    typeof edge.source === 'string' &&
    typeof edge.target === 'string' &&
    typeof edge.weight === 'number'
  );
}

interface RawGraphRow {
  nodes: GraphNodeRow[];
  edges: Omit<GraphEdgeRow, 'id'>[];
}

/**
 * Checked by hand rather than with z.object: a neighbourhood has hundreds of nodes and edges,
 * and zod would copy every one of them (and adding the ids would copy each edge again). Here
 * the rows, already plain, are checked where they are: nodes are kept as they are (GraphQL
 * reads only the three fields checked) and each edge is built once, its id included.
 */
const graphRow = z
  .custom<RawGraphRow>(
    (value) => {
      if (typeof value !== 'object' || value === null) return false;
      const { nodes, edges } = value as Record<string, unknown>;
      return (
        Array.isArray(nodes) && Array.isArray(edges) && nodes.every(isGraphNode) && edges.every(isGraphEdge)
      );
    },
    { message: 'expected {nodes: [{id, type, label}], edges: [{type, source, target, weight}]}' },
  )
  .transform(
    (row): GraphRows => ({
      nodes: row.nodes,
      edges: row.edges.map(({ type, source, target, weight }) => ({
        id: `${source}|${type}|${target}`,
        type,
        source,
        target,
        weight,
      })),
    }),
  );

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
