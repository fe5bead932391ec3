import { z } from 'zod';
import type { StoreExecutor } from './storeExecutor.js';

const componentRow = z.object({ name: z.string(), version: z.string(), edition: z.string() });
const migrationRow = z.object({ id: z.string(), checksum: z.string(), appliedAt: z.string() });

export type Neo4jComponent = z.infer<typeof componentRow>;
export type AppliedMigration = z.infer<typeof migrationRow>;

/** Name, version and edition of the Neo4j that answers (`dbms.components()`). */
export async function readComponents(executor: StoreExecutor): Promise<Neo4jComponent> {
  const [row] = await executor.read('health/components', {}, componentRow);
  if (!row) throw new Error('dbms.components() returned nothing');
  return row;
}

export function readAppliedMigrations(executor: StoreExecutor): Promise<AppliedMigration[]> {
  return executor.read('schema/appliedMigrations', {}, migrationRow);
}

export async function recordMigration(
  executor: StoreExecutor,
  id: string,
  checksum: string,
): Promise<AppliedMigration> {
  const [row] = await executor.write('schema/recordMigration', { id, checksum }, migrationRow);
  if (!row) throw new Error(`recording migration ${id} returned nothing`);
  return row;
}
