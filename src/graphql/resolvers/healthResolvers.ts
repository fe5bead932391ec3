import type { QueryResolvers } from '../generated/resolvers.js';

export const healthQueryResolvers: Pick<QueryResolvers, 'health'> = {
  health: (_parent, _args, context) => context.services.health.health(),
};
