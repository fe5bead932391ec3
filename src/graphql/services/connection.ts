import { ErrorCode, NewsgraphError } from '../../errors.js';
import type {
  ArticleModel,
  CountryModel,
  EventModel,
  LeaderModel,
  OrganizationModel,
  SanctionModel,
} from '../../store/entitiesModels.js';
import type { Keyed, PageQuery } from '../../store/entitiesPaging.js';

/** Page size when a client names none, and the most it may ask for. */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection; `totalCount` is a function so the count query runs only when selected. */
export interface ConnectionModel<T> {
  edges: EdgeModel<T>[];
  pageInfo: PageInfoModel;
  totalCount: () => Promise<number>;
}

export type ArticleConnectionModel = ConnectionModel<ArticleModel>;
export type CountryConnectionModel = ConnectionModel<CountryModel>;
export type LeaderConnectionModel = ConnectionModel<LeaderModel>;
export type OrganizationConnectionModel = ConnectionModel<OrganizationModel>;
export type EventConnectionModel = ConnectionModel<EventModel>;
export type SanctionConnectionModel = ConnectionModel<SanctionModel>;
export type ArticleEdgeModel = EdgeModel<ArticleModel>;
export type CountryEdgeModel = EdgeModel<CountryModel>;
export type LeaderEdgeModel = EdgeModel<LeaderModel>;
export type OrganizationEdgeModel = EdgeModel<OrganizationModel>;
export type EventEdgeModel = EdgeModel<EventModel>;
export type SanctionEdgeModel = EdgeModel<SanctionModel>;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a page request means for a store: the keyset page and which way it reads. */
export interface PagePlan {
  /** The page to ask the store for (one more row than `size`). */
  query: PageQuery;
  size: number;
  backward: boolean;
  cursorGiven: boolean;
}

const CURSOR_PREFIX = 'k1:';

/** Cursors are opaque to clients: base64url of a versioned sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${argument} is not a cursor this API gave out`);
  }
  return text.slice(CURSOR_PREFIX.length);
}

/**
 * Implements the Relay cursor connection arguments: `first`/`after` read forward in the
 * list's natural order, `last`/`before` read backward from the end (or from `before`).
 * Mixing the two directions is refused rather than guessed at.
 */
export function planPage(args: ConnectionArgs, naturalDesc: boolean): PagePlan {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, 'give either first or last, not both');
  }
  if ((first != null && before != null) || (last != null && after != null)) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      'page forward with first/after or backward with last/before, not a mix',
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `${name} must be between 0 and ${MAX_PAGE}, got ${value}`,
      );
    }
  }
  const backward = last != null || before != null;
  const size = (backward ? last : first) ?? DEFAULT_PAGE;
  const cursor = backward ? before : after;
  const key = cursor != null ? decodeCursor(cursor, backward ? 'before' : 'after') : null;
  return {
    query: { after: key, desc: backward ? !naturalDesc : naturalDesc, limit: size + 1 },
    size,
    backward,
    cursorGiven: key !== null,
  };
}

/** Builds the connection from the rows a planned page returned. */
export function toConnection<T>(
  plan: PagePlan,
  rows: readonly Keyed<T>[],
  totalCount: () => Promise<number>,
): ConnectionModel<T> {
  const more = rows.length > plan.size;
  const kept = rows.slice(0, plan.size);
  if (plan.backward) kept.reverse();
  const edges = kept.map((row) => ({ cursor: encodeCursor(row.key), node: row.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: plan.backward ? plan.cursorGiven : more,
      hasPreviousPage: plan.backward ? more : plan.cursorGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
