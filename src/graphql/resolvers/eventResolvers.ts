import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { ActorModel, NodeModel } from '../../store/entitiesModels.js';
import type { Resolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../globalId.js';

function actors(nodes: readonly NodeModel[]): ActorModel[] {
  return nodes.filter(
    (node): node is ActorModel =>
      node.kind === 'Country' || node.kind === 'Leader' || node.kind === 'Organization',
  );
}

export const eventQueryResolvers: Pick<NonNullable<Resolvers['Query']>, 'event' | 'events'> = {
  event: (_parent, { id }, { services, loaders }) => services.events.event(loaders, id),
  events: (_parent, { where, ...page }, { services }) => services.events.events(where, page),
};

export const eventResolvers: Pick<Resolvers, 'Event'> = {
  Event: {
    id: (event) => toGlobalId(event),
    source: async (event, _args, { loaders }) => actors((await loaders.eventActors.load(event.id)).source),
    target: async (event, _args, { loaders }) => actors((await loaders.eventActors.load(event.id)).target),
    location: async (event, _args, { loaders }) => {
      if (!event.location) return null;
      const node = await loaders.node.load(`Country:${event.location}`);
      return node?.kind === 'Country' ? node : null;
    },
    reportedBy: (event, { first }, { loaders }) => {
      const limit = first ?? 20;
      if (limit < 1 || limit > 100) {
        throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and 100, got ${limit}`);
      }
      return loaders.eventReports(limit).load(event.id);
    },
  },
};
