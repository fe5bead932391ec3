import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Logger } from '../logger.js';
import { compiledExecutor } from './compiledExecutor.js';
import type { GraphQLContext } from './context.js';
import { createFormatError } from './formatError.js';
import { loadTypeDefs } from './loadSchema.js';
import { costLimitPlugin, depthRule } from './queryLimits.js';
import { resolvers } from './resolvers/index.js';

/** The Apollo Server of the API, transport-neutral: HTTP is the server module's business. */
export function createApolloServer(logger: Logger): ApolloServer<GraphQLContext> {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  return new ApolloServer<GraphQLContext>({
    // Queries run compiled (see compiledExecutor); Apollo reads the schema from it.
    gateway: compiledExecutor(schema),
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    // The explorer and GraphQL IDEs are served by Newsgraph itself; no hosted landing page.
    introspection: true,
    // serve stops Apollo itself, after closing HTTP and before stopping Neo4j; Apollo's own
    // handler (on outside tests) would re-raise the signal and kill the process mid-shutdown,
    // leaving the local Neo4j behind.
    stopOnTerminationSignals: false,
    // Apollo's cache-control plugin, on by default, wraps every field resolver to gather cache
    // hints the schema never sets; on large lists (a neighbourhood's edges) it cost about as
    // much as executing the fields.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(),
    ],
    validationRules: [depthRule()],
    // Writes need an Authorization header, which no cross-site page can send without a CORS
    // preflight this server never grants; queries change nothing. Apollo's CSRF guard would
    // also refuse plain GET queries, which GraphQL over HTTP requires servers to accept.
    csrfPrevention: false,
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
  });
}
