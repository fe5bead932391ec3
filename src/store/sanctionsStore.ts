import { z } from 'zod';
import type { NodeRef, SanctionModel } from './entitiesModels.js';
import {
  groupBy,
  type Keyed,
  keyedRow,
  kindedRow,
  nodeOf,
  type PageQuery,
  pageParams,
  refParams,
  totalRow,
} from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

// Row schemas are built once: zod compiles a parser for each schema on its first use.
const sanctionOfNodeRow = kindedRow.extend({ gid: z.string() });

export interface SanctionFilterParams {
  target: NodeRef | null;
  authority: NodeRef | null;
  activeOn: string | null;
}

function filterParams(filter: SanctionFilterParams) {
  const plain = (ref: NodeRef | null) => (ref ? { kind: ref.kind, key: ref.key } : null);
  return { target: plain(filter.target), authority: plain(filter.authority), activeOn: filter.activeOn };
}

/** Sanctions against (`against`) or imposed by (`imposed`) each node, by global id. */
export async function sanctionsOfNodes(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
  direction: 'against' | 'imposed',
): Promise<Map<string, SanctionModel[]>> {
  const rows = await executor.read(
    'sanctions/ofNodes',
    { refs: refParams(refs), direction },
    sanctionOfNodeRow,
  );
  return groupBy(
    rows,
    (row) => row.gid,
    (row) => nodeOf(row) as SanctionModel,
  );
}

export async function pageSanctions(
  executor: StoreExecutor,
  filter: SanctionFilterParams,
  page: PageQuery,
): Promise<Keyed<SanctionModel>[]> {
  const rows = await executor.read(
    'sanctions/page',
    { ...filterParams(filter), ...pageParams(page) },
    keyedRow,
  );
  return rows.map((row) => ({ key: row.key, node: nodeOf(row) as SanctionModel }));
}

export async function countSanctions(executor: StoreExecutor, filter: SanctionFilterParams): Promise<number> {
  const [row] = await executor.read('sanctions/count', filterParams(filter), totalRow);
  return row?.total ?? 0;
}
