import type { ActorModel, NodeRef } from '../../store/entitiesModels.js';
import type { Resolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../globalId.js';
import type { Loaders } from '../loaders/createLoaders.js';

async function actor(loaders: Loaders, ref: NodeRef | null): Promise<ActorModel | null> {
  if (!ref) return null;
  const node = await loaders.node.load(`${ref.kind}:${ref.key}`);
  return node && (node.kind === 'Country' || node.kind === 'Leader' || node.kind === 'Organization')
    ? node
    : null;
}

export const sanctionQueryResolvers: Pick<NonNullable<Resolvers['Query']>, 'sanction' | 'sanctions'> = {
  sanction: (_parent, { id }, { services, loaders }) => services.sanctions.sanction(loaders, id),
  sanctions: (_parent, { where, ...page }, { services }) => services.sanctions.sanctions(where, page),
};

export const sanctionResolvers: Pick<Resolvers, 'Sanction'> = {
  Sanction: {
    id: (sanction) => toGlobalId(sanction),
    authority: (sanction, _args, { loaders }) => actor(loaders, sanction.authority),
    target: (sanction, _args, { loaders }) => actor(loaders, sanction.target),
    status: (sanction) =>
      sanction.status === 'active' ? 'ACTIVE' : sanction.status === 'lifted' ? 'LIFTED' : 'UNKNOWN',
    articles: (sanction, args, { services, loaders }) =>
      services.articles.articlesOf(loaders, toGlobalId(sanction), args),
  },
};
