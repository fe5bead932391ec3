import type { GraphQLContext, Services } from './context.js';
import { writeAccess } from './writeAccess.js';

/** What the HTTP edge tells the API about a request. */
export interface RequestInfo {
  authorization: string | undefined;
}

/** One request's context: the shared services, fresh loaders and the request's write access. */
export function createContext(
  services: Services,
  apiKey: string | undefined,
  request: RequestInfo,
): GraphQLContext {
  return {
    services,
    loaders: services.createLoaders(),
    writeAccess: writeAccess(apiKey, request.authorization),
  };
}
