import type { Config } from '../../config.js';
import { IngestService } from '../../ingest/ingestService.js';
import type { Logger } from '../../logger.js';
import { loadMigrations } from '../../neo4j/cypherFiles.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { Services } from '../context.js';
import { createLoaders } from '../loaders/createLoaders.js';
import { ArticlesService } from './articlesService.js';
import { CurationService } from './curationService.js';
import { EntitiesService } from './entitiesService.js';
import { EventsService } from './eventsService.js';
import { ExplorationService } from './explorationService.js';
import { HealthService } from './healthService.js';
import { SanctionsService } from './sanctionsService.js';
import { SearchService } from './searchService.js';

/** Builds the services the resolvers call, once per process, over the store's executor. */
export function createServices(executor: StoreExecutor, _config: Config, _logger: Logger): Services {
  return {
    health: new HealthService(
      executor,
      loadMigrations().map((m) => m.id),
    ),
    articles: new ArticlesService(executor),
    entities: new EntitiesService(executor),
    events: new EventsService(executor),
    sanctions: new SanctionsService(executor),
    search: new SearchService(executor),
    exploration: new ExplorationService(executor),
    curation: new CurationService(executor),
    ingest: new IngestService(executor),
    createLoaders: () => createLoaders(executor),
  };
}
