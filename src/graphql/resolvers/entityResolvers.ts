import type { CountryModel, LeaderModel, OrganizationModel } from '../../store/entitiesModels.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { countryName, toGlobalId } from '../globalId.js';

type EntityParent = CountryModel | LeaderModel | OrganizationModel;

/** The fields every entity shares, batched through the request's loaders. */
function shared<T extends EntityParent>() {
  return {
    id: (entity: T) => toGlobalId(entity),
    articles: (
      entity: T,
      args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
      { services, loaders }: GraphQLContext,
    ) => services.articles.articlesOf(loaders, toGlobalId(entity), args),
    events: (
      entity: T,
      args: Parameters<GraphQLContext['services']['events']['eventsOf']>[2],
      { services, loaders }: GraphQLContext,
    ) => services.events.eventsOf(loaders, toGlobalId(entity), args),
    sanctionsAgainst: (entity: T, _args: unknown, { loaders }: GraphQLContext) =>
      loaders.sanctionsAgainst.load(toGlobalId(entity)),
    coMentioned: (entity: T, { first }: { first?: number | null }, { loaders }: GraphQLContext) =>
      loaders.coMentioned(Math.min(Math.max(first ?? 10, 1), 100)).load(toGlobalId(entity)),
  };
}

export const entityQueryResolvers: Pick<
  NonNullable<Resolvers['Query']>,
  'country' | 'countries' | 'leader' | 'leaders' | 'organization' | 'organizations'
> = {
  country: (_parent, { code }, { services, loaders }) => services.entities.country(loaders, code),
  countries: (_parent, args, { services }) => services.entities.countries(args),
  leader: (_parent, { id }, { services, loaders }) => services.entities.byId(loaders, 'Leader', id),
  leaders: (_parent, { where, ...page }, { services }) => services.entities.leaders(where, page),
  organization: (_parent, { id }, { services, loaders }) =>
    services.entities.byId(loaders, 'Organization', id),
  organizations: (_parent, args, { services }) => services.entities.organizations(args),
};

export const entityResolvers: Pick<
  Resolvers,
  'Country' | 'Leader' | 'Organization' | 'Place' | 'Office' | 'Headship' | 'CoMention'
> = {
  Country: {
    ...shared<CountryModel>(),
    name: (country, { lang }) => (lang ? (countryName(country.iso3, lang) ?? country.name) : country.name),
    leaders: (country, { at }, { services, loaders }) =>
      services.entities.countryLeaders(loaders, country, at),
    sanctionsImposed: (country, _args, { loaders }) => loaders.sanctionsImposed.load(toGlobalId(country)),
  },
  Leader: {
    ...shared<LeaderModel>(),
    offices: (leader, _args, { services, loaders }) => services.entities.leaderOffices(loaders, leader),
    headships: (leader, _args, { services, loaders }) => services.entities.leaderHeadships(loaders, leader),
    country: async (leader, _args, { services, loaders }) =>
      (await services.entities.leaderOffices(loaders, leader))[0]?.country ?? null,
  },
  Organization: {
    ...shared<OrganizationModel>(),
    kind: (organization) => organization.orgKind,
    heads: (organization, { at }, { services, loaders }) =>
      services.entities.organizationHeads(loaders, organization, at),
    sanctionsImposed: (organization, _args, { loaders }) =>
      loaders.sanctionsImposed.load(toGlobalId(organization)),
  },
  Place: {
    id: (place) => toGlobalId(place),
    country: async (place, _args, { loaders }) => {
      if (!place.country) return null;
      const node = await loaders.node.load(`Country:${place.country}`);
      return node?.kind === 'Country' ? node : null;
    },
  },
  Office: {},
  Headship: {},
  CoMention: {},
};
