import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { EventModel } from '../../store/entitiesModels.js';
import {
  type ActorEventFilterParams,
  countEvents,
  type EventFilterParams,
  pageEvents,
} from '../../store/eventsStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { ActorRole, EventFilter } from '../generated/resolvers.js';
import { refFromArgument, tryParseGlobalId } from '../globalId.js';
import type { Loaders } from '../loaders/createLoaders.js';
import { type ConnectionArgs, type ConnectionModel, planPage, toConnection } from './connection.js';
import { assertOrderedRange } from './dateRange.js';

const CAMEO = /^\d{2,4}$/;

/** Events: lookups, the filtered list, and an actor's events through the loaders. */
export class EventsService {
  constructor(private readonly executor: StoreExecutor) {}

  async event(loaders: Loaders, id: string): Promise<EventModel | null> {
    const parsed = tryParseGlobalId(id);
    const node = await loaders.node.load(`Event:${parsed?.kind === 'Event' ? parsed.key : id}`);
    return node?.kind === 'Event' ? node : null;
  }

  async events(
    where: EventFilter | null | undefined,
    args: ConnectionArgs,
  ): Promise<ConnectionModel<EventModel>> {
    if (where?.cameo != null && !CAMEO.test(where.cameo)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `where.cameo "${where.cameo}" is not a CAMEO code like 042`,
      );
    }
    if (where?.quadClass != null && (where.quadClass < 1 || where.quadClass > 4)) {
      throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'where.quadClass must be 1, 2, 3 or 4');
    }
    assertOrderedRange('where.from', where?.from, 'where.to', where?.to);
    const filter: EventFilterParams = {
      cameo: where?.cameo ?? null,
      cameoRoot: where?.cameoRoot ?? null,
      quadClass: where?.quadClass ?? null,
      actor: where?.actor
        ? refFromArgument(where.actor, 'where.actor', ['Country', 'Leader', 'Organization'])
        : null,
      from: where?.from ?? null,
      to: where?.to ?? null,
    };
    const plan = planPage(args, true);
    const rows = await pageEvents(this.executor, filter, plan.query);
    return toConnection(plan, rows, () => countEvents(this.executor, filter));
  }

  /** The events an actor takes part in, one page, batched over every parent in the request. */
  async eventsOf(
    loaders: Loaders,
    gid: string,
    args: ConnectionArgs & {
      role?: ActorRole | null;
      cameo?: string | null;
      from?: string | null;
      to?: string | null;
    },
  ): Promise<ConnectionModel<EventModel>> {
    assertOrderedRange('from', args.from, 'to', args.to);
    const filter: ActorEventFilterParams = {
      role: args.role ?? 'ANY',
      cameo: args.cameo ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
    };
    const plan = planPage(args, true);
    const rows = await loaders.eventsOf(filter, plan.query).load(gid);
    return toConnection(plan, rows, () => loaders.eventCountOf(filter).load(gid));
  }
}
