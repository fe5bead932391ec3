import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.js';
import { healthQueryResolvers } from './healthResolvers.js';

/** All resolvers, by type. Each area contributes its own map; they never overlap. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: {
    ...healthQueryResolvers,
  },
};
