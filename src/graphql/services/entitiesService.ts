import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { CountryModel, LeaderModel, NodeModel, OrganizationModel } from '../../store/entitiesModels.js';
import {
  countEntities,
  type HeadshipModel,
  type LeaderFilterParams,
  type OfficeModel,
  pageEntities,
} from '../../store/entitiesStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { LeaderFilter } from '../generated/resolvers.js';
import { refFromArgument, toIso3, tryParseGlobalId } from '../globalId.js';
import type { Loaders } from '../loaders/createLoaders.js';
import { type ConnectionArgs, type ConnectionModel, planPage, toConnection } from './connection.js';

/** An office as the API shows it: both ends resolved from the loaders' rows. */
export type OfficeView = OfficeModel;

const MAX_NODES = 100;

/** Countries, leaders and organizations, and `node`/`nodes` for any kind. */
export class EntitiesService {
  constructor(private readonly executor: StoreExecutor) {}

  async node(loaders: Loaders, id: string): Promise<NodeModel | null> {
    const ref = tryParseGlobalId(id);
    return ref ? loaders.node.load(`${ref.kind}:${ref.key}`) : null;
  }

  async nodes(loaders: Loaders, ids: readonly string[]): Promise<(NodeModel | null)[]> {
    if (ids.length > MAX_NODES) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `ids may hold at most ${MAX_NODES} ids, got ${ids.length}`,
      );
    }
    return Promise.all(ids.map((id) => this.node(loaders, id)));
  }

  async country(loaders: Loaders, code: string): Promise<CountryModel | null> {
    const iso3 = toIso3(code);
    // A well-formed alpha-2 code no country has is answered as an unknown alpha-3 code is: null.
    if (!iso3 && /^[A-Za-z]{2}$/.test(code.trim())) return null;
    if (!iso3) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `code "${code}" is not an ISO 3166-1 alpha-2 or alpha-3 code (e.g. IS or ISL)`,
      );
    }
    const node = await loaders.node.load(`Country:${iso3}`);
    return node?.kind === 'Country' ? node : null;
  }

  async byId<K extends 'Leader' | 'Organization'>(
    loaders: Loaders,
    kind: K,
    id: string,
  ): Promise<Extract<NodeModel, { kind: K }> | null> {
    const ref = refFromArgument(id, 'id', [kind]);
    const node = await loaders.node.load(`${ref.kind}:${ref.key}`);
    return node?.kind === kind ? (node as Extract<NodeModel, { kind: K }>) : null;
  }

  async countries(args: ConnectionArgs): Promise<ConnectionModel<CountryModel>> {
    return this.list<CountryModel>('countries', args);
  }

  async organizations(args: ConnectionArgs): Promise<ConnectionModel<OrganizationModel>> {
    return this.list<OrganizationModel>('organizations', args);
  }

  async leaders(
    where: LeaderFilter | null | undefined,
    args: ConnectionArgs,
  ): Promise<ConnectionModel<LeaderModel>> {
    const filter: LeaderFilterParams = {
      country: where?.country ? refFromArgument(where.country, 'where.country', ['Country']).key : null,
      inOfficeOn: where?.inOfficeOn ?? null,
    };
    return this.list<LeaderModel>('leaders', args, filter);
  }

  /** Office holders of a country on a day (today when not given). */
  async countryLeaders(
    loaders: Loaders,
    country: CountryModel,
    at: string | null | undefined,
  ): Promise<OfficeView[]> {
    const day = at ?? new Date().toISOString().slice(0, 10);
    const offices = await loaders.countryOffices(day).load(country.iso3);
    return offices.map((office) => ({ ...office, country }));
  }

  async leaderOffices(loaders: Loaders, leader: LeaderModel): Promise<OfficeView[]> {
    const offices = await loaders.leaderOffices.load(leader.id);
    return offices.map((office) => ({ ...office, leader }));
  }

  async leaderHeadships(loaders: Loaders, leader: LeaderModel): Promise<HeadshipModel[]> {
    const headships = await loaders.leaderHeadships.load(leader.id);
    return headships.map((headship) => ({ ...headship, leader }));
  }

  /** Who headed an organization: on the day `at`, or every term when it is not given. */
  async organizationHeads(
    loaders: Loaders,
    organization: OrganizationModel,
    at: string | null | undefined,
  ): Promise<HeadshipModel[]> {
    const heads = await loaders.organizationHeads(at ?? '').load(organization.id);
    return heads.map((head) => ({ ...head, organization }));
  }

  private async list<T extends NodeModel>(
    list: 'countries' | 'leaders' | 'organizations',
    args: ConnectionArgs,
    filter?: LeaderFilterParams,
  ): Promise<ConnectionModel<T>> {
    const plan = planPage(args, false);
    const rows = await pageEntities(this.executor, list, plan.query, filter);
    return toConnection(plan, rows as { key: string; node: T }[], () =>
      countEntities(this.executor, list, filter),
    );
  }
}
