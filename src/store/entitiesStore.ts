import { z } from 'zod';
import type {
  CountryModel,
  EntityModel,
  LeaderModel,
  NodeModel,
  NodeRef,
  OrganizationModel,
} from './entitiesModels.js';
import {
  groupBy,
  integer,
  type Keyed,
  kindedRow,
  nodeOf,
  type PageQuery,
  pageParams,
  refParams,
  totalRow,
} from './entitiesPaging.js';
import type { StoreExecutor } from './storeExecutor.js';

const nodesRow = kindedRow.extend({ gid: z.string() });
const pageRow = kindedRow.extend({ key: z.string() });
const officeRow = kindedRow.extend({
  role: z.string(),
  title: z.string().nullable(),
  since: z.string().nullable(),
  until: z.string().nullable(),
});
// Built once, like every row schema: zod compiles a parser for each schema on its first use.
const countryOfficeRow = officeRow.extend({ country: z.string() });
const leaderOfficeRow = officeRow.extend({ leader: z.string() });
const headshipRow = kindedRow.extend({ title: z.string(), since: z.string(), until: z.string().nullable() });
const leaderHeadshipRow = headshipRow.extend({ leader: z.string() });
const organizationHeadRow = headshipRow.extend({ organization: z.string() });
const coMentionRow = kindedRow.extend({ gid: z.string(), shared: z.number() });

export interface OfficeModel {
  leader: LeaderModel;
  country: CountryModel;
  role: string;
  title: string | null;
  since: string | null;
  until: string | null;
}

/** A term heading an intergovernmental body. */
export interface HeadshipModel {
  leader: LeaderModel;
  organization: OrganizationModel;
  title: string;
  since: string;
  until: string | null;
}

export interface CoMentionModel {
  entity: EntityModel;
  articles: number;
}

export interface LeaderFilterParams {
  country: string | null;
  inOfficeOn: string | null;
}

/** Nodes of any kind by reference, keyed by global id; absent ones are missing from the map. */
export async function loadNodes(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
): Promise<Map<string, NodeModel>> {
  const rows = await executor.read('entities/nodes', { refs: refParams(refs) }, nodesRow);
  return new Map(rows.map((row) => [row.gid, nodeOf(row)]));
}

type EntityList = 'countries' | 'leaders' | 'organizations';

/** One page of countries, leaders or organizations by name. */
export async function pageEntities(
  executor: StoreExecutor,
  list: EntityList,
  page: PageQuery,
  filter: LeaderFilterParams = { country: null, inOfficeOn: null },
): Promise<Keyed<NodeModel>[]> {
  const rows = await executor.read(`entities/${list}Page`, { ...pageParams(page), ...filter }, pageRow);
  return rows.map((row) => ({ key: row.key, node: nodeOf(row) }));
}

export async function countEntities(
  executor: StoreExecutor,
  list: EntityList,
  filter: LeaderFilterParams = { country: null, inOfficeOn: null },
): Promise<number> {
  const [row] = await executor.read(`entities/${list}Count`, { ...filter }, totalRow);
  return row?.total ?? 0;
}

/** Office holders of each country on a day, by ISO-3. */
export async function officesOfCountries(
  executor: StoreExecutor,
  iso3s: readonly string[],
  at: string,
): Promise<Map<string, Omit<OfficeModel, 'country'>[]>> {
  const rows = await executor.read('entities/officesOfCountries', { iso3s, at }, countryOfficeRow);
  return groupBy(
    rows,
    (row) => row.country,
    (row) => ({
      leader: nodeOf(row) as LeaderModel,
      role: row.role,
      title: row.title,
      since: row.since,
      until: row.until,
    }),
  );
}

/** Offices of each leader, most recent first, by leader id. */
export async function officesOfLeaders(
  executor: StoreExecutor,
  ids: readonly string[],
): Promise<Map<string, Omit<OfficeModel, 'leader'>[]>> {
  const rows = await executor.read('entities/officesOfLeaders', { ids }, leaderOfficeRow);
  return groupBy(
    rows,
    (row) => row.leader,
    (row) => ({
      country: nodeOf(row) as CountryModel,
      role: row.role,
      title: row.title,
      since: row.since,
      until: row.until,
    }),
  );
}

/** The bodies each leader headed, most recent first, by leader id. */
export async function headshipsOfLeaders(
  executor: StoreExecutor,
  ids: readonly string[],
): Promise<Map<string, Omit<HeadshipModel, 'leader'>[]>> {
  const rows = await executor.read('entities/headshipsOfLeaders', { ids }, leaderHeadshipRow);
  return groupBy(
    rows,
    (row) => row.leader,
    (row) => ({
      organization: nodeOf(row) as OrganizationModel,
      title: row.title,
      since: row.since,
      until: row.until,
    }),
  );
}

/** Who headed each organization (on the day `at`, or ever), most recent first, by organization id. */
export async function headsOfOrganizations(
  executor: StoreExecutor,
  ids: readonly string[],
  at: string | null,
): Promise<Map<string, Omit<HeadshipModel, 'organization'>[]>> {
  const rows = await executor.read('entities/headsOfOrganizations', { ids, at }, organizationHeadRow);
  return groupBy(
    rows,
    (row) => row.organization,
    (row) => ({
      leader: nodeOf(row) as LeaderModel,
      title: row.title,
      since: row.since,
      until: row.until,
    }),
  );
}

/** The entities most often in the same articles as each node, by global id. */
export async function coMentioned(
  executor: StoreExecutor,
  refs: readonly NodeRef[],
  limit: number,
): Promise<Map<string, CoMentionModel[]>> {
  const rows = await executor.read(
    'entities/coMentioned',
    { refs: refParams(refs), limit: integer(limit) },
    coMentionRow,
  );
  return groupBy(
    rows,
    (row) => row.gid,
    (row) => ({ entity: nodeOf(row) as EntityModel, articles: row.shared }),
  );
}
