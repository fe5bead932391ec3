import { CountryCodeResolver, URLResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { articleQueryResolvers, articleResolvers } from './articleResolvers.js';
import { connectionResolvers } from './connectionResolvers.js';
import { entityQueryResolvers, entityResolvers } from './entityResolvers.js';
import { eventQueryResolvers, eventResolvers } from './eventResolvers.js';
import { explorationQueryResolvers } from './explorationResolvers.js';
import { healthQueryResolvers } from './healthResolvers.js';
import { mutationResolvers } from './mutationResolvers.js';
import { nodeQueryResolvers, nodeResolvers } from './nodeResolvers.js';
import { sanctionQueryResolvers, sanctionResolvers } from './sanctionResolvers.js';
import { searchQueryResolvers } from './searchResolvers.js';

/** All resolvers, by type. Each area contributes its own map; they never overlap. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  URL: URLResolver,
  CountryCode: CountryCodeResolver,
  Query: {
    ...healthQueryResolvers,
    ...nodeQueryResolvers,
    ...articleQueryResolvers,
    ...entityQueryResolvers,
    ...eventQueryResolvers,
    ...sanctionQueryResolvers,
    ...searchQueryResolvers,
    ...explorationQueryResolvers,
  },
  ...connectionResolvers,
  ...nodeResolvers,
  ...articleResolvers,
  ...entityResolvers,
  ...eventResolvers,
  ...sanctionResolvers,
  ...mutationResolvers,
};
