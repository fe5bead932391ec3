import type { HealthService } from './services/healthService.js';

/** The services a request's resolvers call; built once per process, shared by requests. */
export interface Services {
  health: HealthService;
}

/** What every resolver receives as its context. */
export interface GraphQLContext {
  services: Services;
}
