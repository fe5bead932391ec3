import { z } from 'zod';

/**
 * The node models every read-side store returns: plain data parsed from Neo4j rows, one per
 * node label, each tagged with `kind` (the GraphQL type name) so unions and interfaces
 * resolve without another query.
 */
export const NODE_KINDS = [
  'Article',
  'Outlet',
  'Country',
  'Leader',
  'Organization',
  'Place',
  'Event',
  'Sanction',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A node by type and key (`iso3` for Country, `domain` for Outlet, `id` for the rest). */
export interface NodeRef {
  kind: NodeKind;
  key: string;
}

export interface ArticleModel {
  kind: 'Article';
  id: string;
  url: string | null;
  title: string;
  lang: string;
  publishedAt: string | null;
  ingestedAt: string;
  authors: string[];
  outlet: string | null;
}
export interface OutletModel {
  kind: 'Outlet';
  domain: string;
  name: string | null;
}
export interface CountryModel {
  kind: 'Country';
  iso3: string;
  iso2: string | null;
  name: string;
  aliases: string[];
}
export interface LeaderModel {
  kind: 'Leader';
  id: string;
  wikidata: string | null;
  name: string;
  aliases: string[];
}
export interface OrganizationModel {
  kind: 'Organization';
  id: string;
  name: string;
  orgKind: string | null;
  aliases: string[];
}
export interface PlaceModel {
  kind: 'Place';
  id: string;
  name: string;
  country: string | null;
}
export interface EventModel {
  kind: 'Event';
  id: string;
  cameo: string | null;
  label: string | null;
  rootCode: string | null;
  quadClass: number | null;
  goldstein: number | null;
  date: string | null;
  datePrecision: string | null;
  gdeltId: string | null;
  avgTone: number | null;
  numMentions: number | null;
  location: string | null;
}
export interface SanctionModel {
  kind: 'Sanction';
  id: string;
  authority: NodeRef | null;
  target: NodeRef | null;
  regime: string | null;
  program: string | null;
  since: string | null;
  sincePrecision: string | null;
  reason: string | null;
  status: 'active' | 'lifted' | 'unknown';
}

export type NodeModel =
  | ArticleModel
  | OutletModel
  | CountryModel
  | LeaderModel
  | OrganizationModel
  | PlaceModel
  | EventModel
  | SanctionModel;
export type EntityModel = CountryModel | LeaderModel | OrganizationModel;
export type MentionTargetModel = EntityModel | PlaceModel | SanctionModel;
export type SearchableModel = ArticleModel | EntityModel | PlaceModel;
export type ActorModel = EntityModel;

const str = z.string();
const optStr = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const optNum = z
  .number()
  .nullish()
  .transform((v) => v ?? null);
const strList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const ref = z
  .object({ kind: z.enum(NODE_KINDS), key: z.string() })
  .nullish()
  .transform((v) => v ?? null);

const schemas = {
  Article: z.object({
    id: str,
    url: optStr,
    title: z
      .string()
      .nullish()
      .transform((v) => v ?? ''),
    lang: z
      .string()
      .nullish()
      .transform((v) => v ?? 'und'),
    publishedAt: optStr,
    ingestedAt: str,
    authors: strList,
    outlet: optStr,
  }),
  Outlet: z.object({ domain: str, name: optStr }),
  Country: z.object({ iso3: str, iso2: optStr, name: str, aliases: strList }),
  Leader: z.object({ id: str, wikidata: optStr, name: str, aliases: strList }),
  Organization: z.object({ id: str, name: str, kind: optStr, aliases: strList }),
  Place: z.object({ id: str, name: str, country: optStr }),
  Event: z.object({
    id: str,
    cameo: optStr,
    label: optStr,
    rootCode: optStr,
    quadClass: optNum,
    goldstein: optNum,
    date: optStr,
    datePrecision: optStr,
    gdeltId: optStr,
    avgTone: optNum,
    numMentions: optNum,
    location: optStr,
  }),
  Sanction: z.object({
    id: str,
    authorityRef: ref,
    targetRef: ref,
    regime: optStr,
    program: optStr,
    since: optStr,
    sincePrecision: optStr,
    reason: optStr,
    status: z.enum(['active', 'lifted', 'unknown']).catch('unknown'),
  }),
} as const;

/** Parses a node's properties into its model; a property of the wrong type is a store bug, so it throws. */
export function toNodeModel(kind: NodeKind, props: Record<string, unknown>): NodeModel {
  switch (kind) {
    case 'Article':
      return { kind, ...schemas.Article.parse(props) };
    case 'Outlet':
      return { kind, ...schemas.Outlet.parse(props) };
    case 'Country':
      return { kind, ...schemas.Country.parse(props) };
    case 'Leader':
      return { kind, ...schemas.Leader.parse(props) };
    case 'Organization': {
      const { kind: orgKind, ...rest } = schemas.Organization.parse(props);
      return { kind, orgKind, ...rest };
    }
    case 'Place':
      return { kind, ...schemas.Place.parse(props) };
    case 'Event':
      return { kind, ...schemas.Event.parse(props) };
    case 'Sanction': {
      const { authorityRef, targetRef, ...rest } = schemas.Sanction.parse(props);
      return { kind, authority: authorityRef, target: targetRef, ...rest };
    }
  }
}

/** The key of a node model, the second half of its global id. */
export function nodeKey(node: NodeModel): string {
  switch (node.kind) {
    case 'Country':
      return node.iso3;
    case 'Outlet':
      return node.domain;
    default:
      return node.id;
  }
}

/** `<kind>:<key>`, the global id and the loaders' key. */
export function refId(ref: NodeRef): string {
  return `${ref.kind}:${ref.key}`;
}

export function refOf(node: NodeModel): NodeRef {
  return { kind: node.kind, key: nodeKey(node) };
}
