import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { loadMigrations } from '../../neo4j/cypherFiles.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { Services } from '../context.js';
import { HealthService } from './healthService.js';

/** Builds the services the resolvers call, once per process, over the store's executor. */
export function createServices(executor: StoreExecutor, _config: Config, _logger: Logger): Services {
  return {
    health: new HealthService(
      executor,
      loadMigrations().map((m) => m.id),
    ),
  };
}
