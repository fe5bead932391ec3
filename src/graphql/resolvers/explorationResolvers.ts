import type { Resolvers } from '../generated/resolvers.js';

export const explorationQueryResolvers: Pick<
  NonNullable<Resolvers['Query']>,
  'neighborhood' | 'paths' | 'timeline'
> = {
  neighborhood: (_parent, { id, depth, types, limit }, { services }) =>
    services.exploration.neighborhood(id, depth ?? 1, types, limit ?? 100),
  paths: (_parent, { from, to, maxHops, first }, { services }) =>
    services.exploration.paths(from, to, maxHops ?? 4, first ?? 5),
  timeline: (_parent, { id, interval, from, to }, { services }) =>
    services.exploration.timeline(id, interval ?? 'MONTH', from, to),
};
