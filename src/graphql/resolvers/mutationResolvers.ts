import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import type { ArticleInput, Resolvers } from '../generated/resolvers.js';
import type { IngestResultModel } from '../services/ingestTypes.js';
import { requireWrite } from '../writeAccess.js';

const MAX_BATCH = 100;

async function ingest(
  context: GraphQLContext,
  inputs: readonly ArticleInput[],
): Promise<IngestResultModel[]> {
  requireWrite(context.writeAccess);
  const port = context.services.ingest;
  if (!port)
    throw new NewsgraphError(ErrorCode.SERVICE_UNAVAILABLE, 'ingestion is not available on this server');
  if (inputs.length > MAX_BATCH) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `inputs may hold at most ${MAX_BATCH} articles, got ${inputs.length}`,
    );
  }
  // GraphQL nulls become absent fields, which is what the ingest pipeline's validation expects.
  const plain = inputs.map((input) =>
    Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)),
  );
  return port.ingestArticles(plain);
}

export const mutationResolvers: Pick<
  Resolvers,
  'Mutation' | 'IngestResult' | 'IngestSuccess' | 'IngestFailure'
> = {
  Mutation: {
    ingestArticle: async (_parent, { input }, context) => {
      const [result] = await ingest(context, [input]);
      if (!result) throw new Error('ingestion returned no result');
      return result;
    },
    ingestArticles: (_parent, { inputs }, context) => ingest(context, inputs),
    deleteArticle: (_parent, { id }, context) => {
      requireWrite(context.writeAccess);
      return context.services.curation.deleteArticle(id);
    },
    mergeEntities: (_parent, { keep, merge }, context) => {
      requireWrite(context.writeAccess);
      return context.services.curation.mergeEntities(keep, merge);
    },
  },
  IngestResult: {
    __resolveType: (result) => (result.ok ? 'IngestSuccess' : 'IngestFailure'),
  },
  IngestSuccess: {
    articleId: (result) => `Article:${result.id}`,
    status: (result) =>
      result.status === 'new' ? 'NEW' : result.status === 'updated' ? 'UPDATED' : 'UNCHANGED',
    article: async (result, _args, { loaders }) => {
      const node = await loaders.node.load(`Article:${result.id}`);
      return node?.kind === 'Article' ? node : null;
    },
  },
  IngestFailure: {
    error: (result) => result.error,
  },
};
