import type { Resolvers } from '../generated/resolvers.js';

/**
 * `totalCount` is a function on every connection model, so the count query runs only when a
 * client selects it. Resolved explicitly: graphql-js's default resolver would call a function
 * property, graphql-jit's (which executes queries, see compiledExecutor) reads it as a value.
 */
const totalCount = {
  totalCount: (connection: { totalCount: () => Promise<number> }) => connection.totalCount(),
};

export const connectionResolvers: Resolvers = {
  ArticleConnection: totalCount,
  CountryConnection: totalCount,
  LeaderConnection: totalCount,
  OrganizationConnection: totalCount,
  EventConnection: totalCount,
  SanctionConnection: totalCount,
};
