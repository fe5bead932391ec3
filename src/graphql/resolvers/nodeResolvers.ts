import type { Resolvers } from '../generated/resolvers.js';

/** Every interface and union over node models resolves by the model's `kind`, the GraphQL type name. */
export const nodeResolvers: Pick<Resolvers, 'Node' | 'Entity' | 'MentionTarget' | 'Actor' | 'SearchResult'> =
  {
    Node: { __resolveType: (node) => node.kind },
    Entity: { __resolveType: (node) => node.kind },
    MentionTarget: { __resolveType: (node) => node.kind },
    Actor: { __resolveType: (node) => node.kind },
    SearchResult: { __resolveType: (node) => node.kind },
  };

export const nodeQueryResolvers: Pick<NonNullable<Resolvers['Query']>, 'node' | 'nodes'> = {
  node: (_parent, { id }, { services, loaders }) => services.entities.node(loaders, id),
  nodes: (_parent, { ids }, { services, loaders }) => services.entities.nodes(loaders, ids),
};
