import { z } from 'zod';
import type { NodeModel, NodeRef } from './entitiesModels.js';
import { kindedRow, nodeOf, refParams } from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

// Row schemas are built once: zod compiles a parser for each schema on its first use.
const deletedRow = z.object({ id: z.string(), removedEvents: z.number(), removedSanctions: z.number() });
const keepRow = kindedRow.extend({ elementId: z.string() });
const mergedRow = z.object({ merged: z.string() });

export interface DeletedArticle {
  id: string;
  removedEvents: number;
  removedSanctions: number;
}

/** Deletes an article and what only it supported; undefined when there was no such article. */
export async function deleteArticle(
  executor: StoreExecutor,
  id: string,
): Promise<DeletedArticle | undefined> {
  const [row] = await executor.write('curation/deleteArticle', { id }, deletedRow);
  return row;
}

export interface MergeOutcome {
  entity: NodeModel;
  merged: string[];
}

/**
 * Merges nodes into `keep` in one write transaction; undefined when `keep` does not exist.
 * Merge nodes that no longer exist are skipped, so a repeated merge changes nothing.
 */
export function mergeEntities(
  executor: StoreExecutor,
  keep: NodeRef,
  merge: readonly NodeRef[],
): Promise<MergeOutcome | undefined> {
  return executor.writeTransaction(async (tx) => {
    const [found] = await tx.run('curation/keep', { refs: refParams([keep]) }, keepRow);
    if (!found) return undefined;
    const merged = await tx.run(
      'curation/mergeEntities',
      { refs: refParams(merge), keepElementId: found.elementId },
      mergedRow,
    );
    const [after] = await tx.run('curation/keep', { refs: refParams([keep]) }, keepRow);
    return { entity: nodeOf(after ?? found), merged: merged.map((row) => row.merged) };
  });
}
