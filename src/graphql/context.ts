import type { Loaders } from './loaders/createLoaders.js';
import type { ArticlesService } from './services/articlesService.js';
import type { CurationService } from './services/curationService.js';
import type { EntitiesService } from './services/entitiesService.js';
import type { EventsService } from './services/eventsService.js';
import type { ExplorationService } from './services/explorationService.js';
import type { HealthService } from './services/healthService.js';
import type { IngestPort } from './services/ingestTypes.js';
import type { SanctionsService } from './services/sanctionsService.js';
import type { SearchService } from './services/searchService.js';
import type { WriteAccess } from './writeAccess.js';

/** The services a request's resolvers call; built once per process, shared by requests. */
export interface Services {
  health: HealthService;
  articles: ArticlesService;
  entities: EntitiesService;
  events: EventsService;
  sanctions: SanctionsService;
  search: SearchService;
  exploration: ExplorationService;
  curation: CurationService;
  /** Ingestion, when the process has it wired (see createServices). */
  ingest: IngestPort | undefined;
  /** Fresh per-request DataLoaders over the same store. */
  createLoaders(): Loaders;
}

/** What every resolver receives as its context: shared services, this request's loaders and write access. */
export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
  writeAccess: WriteAccess;
}
