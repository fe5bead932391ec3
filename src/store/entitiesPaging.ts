import { type Integer, int } from 'neo4j-driver';
import { z } from 'zod';
import { NODE_KINDS, type NodeKind, type NodeModel, type NodeRef, toNodeModel } from './entitiesModels.js';

/**
 * One keyset page as the Cypher queries take it: rows strictly beyond `after` in the sort
 * direction (`desc`), at most `limit` of them. Callers ask one more than they show to learn
 * whether there is a next page.
 */
export interface PageQuery {
  after: string | null;
  desc: boolean;
  limit: number;
}

/** A row of a paged query: the sort key (the cursor's content) and the node. */
export interface Keyed<T> {
  key: string;
  node: T;
}

/**
 * A node's properties as a row gives them: a map, checked only for being one and not copied,
 * since `toNodeModel` parses every property it keeps (z.record would parse each key and
 * value of every node once more, and copy the map).
 */
const propsMap = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'expected a map of properties' },
);

/** A node as a row gives it: its kind and its (projected) properties. */
export const kindedRow = z.object({ kind: z.enum(NODE_KINDS), props: propsMap });

export function nodeOf(row: { kind: NodeKind; props: Record<string, unknown> }): NodeModel {
  return toNodeModel(row.kind, row.props);
}

export function pageParams(page: PageQuery): { after: string | null; desc: boolean; limit: Integer } {
  return { after: page.after, desc: page.desc, limit: int(page.limit) };
}

/** JavaScript numbers reach Cypher as floats; LIMIT and range bounds need integers. */
export function integer(value: number): Integer {
  return int(value);
}

export function refParams(refs: readonly NodeRef[]): { kind: string; key: string }[] {
  return refs.map((ref) => ({ kind: ref.kind, key: ref.key }));
}

export const totalRow = z.object({ total: z.number() });
export const gidTotalRow = z.object({ gid: z.string(), total: z.number() });
export const keyedRow = kindedRow.extend({ key: z.string() });
export const gidKeyedRow = keyedRow.extend({ gid: z.string() });

/** Groups rows by parent id, keeping their order. */
export function groupBy<R, T>(
  rows: readonly R[],
  parent: (row: R) => string,
  value: (row: R) => T,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const id = parent(row);
    const list = out.get(id);
    if (list) list.push(value(row));
    else out.set(id, [value(row)]);
  }
  return out;
}
