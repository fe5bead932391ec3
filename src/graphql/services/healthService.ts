import type { AppliedMigration, Neo4jComponent } from '../../store/healthStore.js';
import { readAppliedMigrations, readComponents } from '../../store/healthStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';

export interface HealthModel {
  status: 'ok';
  neo4j: Neo4jComponent & { database: string };
  migrations: AppliedMigration[];
}

/** Health of the service as the API and `/readyz` report it. */
export class HealthService {
  constructor(
    private readonly executor: StoreExecutor,
    private readonly expectedMigrations: readonly string[],
  ) {}

  async health(): Promise<HealthModel> {
    const [component, migrations] = await Promise.all([
      readComponents(this.executor),
      readAppliedMigrations(this.executor),
    ]);
    return { status: 'ok', neo4j: { ...component, database: this.executor.database }, migrations };
  }

  /** Migration files not yet applied to the database; empty when the schema is current. */
  async pendingMigrations(): Promise<string[]> {
    const applied = new Set((await readAppliedMigrations(this.executor)).map((m) => m.id));
    return this.expectedMigrations.filter((id) => !applied.has(id));
  }
}
