import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Logger } from '../logger.js';
import { loadMigrations, type Migration } from '../neo4j/cypherFiles.js';
import { readAppliedMigrations, recordMigration } from './healthStore.js';
import type { StoreExecutor } from './storeExecutor.js';

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies `cypher/migrations/NNN-name.cypher` in order. Each statement is idempotent
 * (`IF NOT EXISTS`) and each applied migration is recorded as a `:Migration` node, so a
 * second run changes nothing; a recorded migration whose file was edited since is refused,
 * because a new change belongs in a new numbered file.
 */
export async function migrate(
  executor: StoreExecutor,
  logger: Logger,
  migrations: Migration[] = loadMigrations(),
): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  const applied = new Map((await readAppliedMigrations(executor)).map((m) => [m.id, m.checksum]));
  for (const migration of migrations) {
    const recorded = applied.get(migration.id);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new NewsgraphError(
          ErrorCode.BAD_CONFIG,
          `migration ${migration.id} was edited after it was applied; put the change in a new migration file`,
        );
      }
      report.alreadyApplied.push(migration.id);
      continue;
    }
    for (const statement of migration.statements) {
      await executor.runSchema(statement);
    }
    await recordMigration(executor, migration.id, migration.checksum);
    report.applied.push(migration.id);
    logger.info({ migration: migration.id }, 'migration applied');
  }
  return report;
}
