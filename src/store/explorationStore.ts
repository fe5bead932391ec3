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

/** Shortest paths between two nodes, and which of the two exist (no paths when either does not). */
export interface PathRows {
  fromFound: boolean;
  toFound: boolean;
  paths: GraphRows[];
}

/** A path, or (nodes null) only which ends exist: the query answers one such row when it finds no path. */
const pathRow = z
  .object({ fromFound: z.boolean(), toFound: z.boolean(), nodes: z.unknown(), edges: z.unknown() })
  .transform((row, ctx) => {
    if (row.nodes === null) return { fromFound: row.fromFound, toFound: row.toFound, path: null };
    const path = graphRow.safeParse({ nodes: row.nodes, edges: row.edges });
    if (!path.success) {
      ctx.addIssue({ code: 'custom', message: path.error.issues[0]?.message ?? 'not a path' });
      return z.NEVER;
    }
    return { fromFound: row.fromFound, toFound: row.toFound, path: path.data };
  });

/** Shortest paths between two nodes, at most `maxHops` long. */
export async function paths(
  executor: StoreExecutor,
  from: NodeRef,
  to: NodeRef,
  maxHops: number,
  first: number,
): Promise<PathRows> {
  const plain = (ref: NodeRef) => ({ kind: ref.kind, key: ref.key });
  const rows = await executor.read(
    'exploration/paths',
    { from: plain(from), to: plain(to), maxHops: integer(maxHops), first: integer(first) },
    pathRow,
  );
  const found = rows[0] ?? { fromFound: false, toFound: false };
  return {
    fromFound: found.fromFound,
    toFound: found.toFound,
    paths: rows.flatMap((row) => (row.path ? [row.path] : [])),
  };
}

const bucketRow = z.object({ start: z.string().nullable(), articles: z.number(), events: z.number() });
export interface TimelineRow {
  start: string;
  articles: number;
  events: number;
}

/** Article and event counts per bucket for one node; undefined when there is no such node. */
export async function timeline(
  executor: StoreExecutor,
  ref: NodeRef,
  interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR',
  from: string | null,
  to: string | null,
): Promise<TimelineRow[] | undefined> {
  const rows = await executor.read(
    'exploration/timeline',
    { refs: refParams([ref]), interval, from, to },
    bucketRow,
  );
  if (rows.length === 0) return undefined;
  // A node with nothing to count answers one row without a bucket.
  return rows.flatMap(({ start, articles, events }) => (start === null ? [] : [{ start, articles, events }]));
}
