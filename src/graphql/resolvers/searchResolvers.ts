import type { Resolvers } from '../generated/resolvers.js';

export const searchQueryResolvers: Pick<NonNullable<Resolvers['Query']>, 'search'> = {
  search: (_parent, { query, types, lang, first }, { services }) =>
    services.search.search(query, types, lang, first ?? 20),
};
