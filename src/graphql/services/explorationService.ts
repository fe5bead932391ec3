import { ErrorCode, NewsgraphError } from '../../errors.js';
import { NODE_KINDS } from '../../store/entitiesModels.js';
import {
  type GraphRows,
  neighborhood,
  paths,
  type TimelineRow,
  timeline,
} from '../../store/explorationStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { Interval } from '../generated/resolvers.js';
import { parseGlobalId } from '../globalId.js';
import { assertOrderedRange } from './dateRange.js';

/** A neighbourhood or a path: nodes and the edges among them, each edge with its id. */
export type GraphModel = GraphRows;

const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);

function inRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${name} must be between ${min} and ${max}, got ${value}`,
    );
  }
}

/** Graph exploration for the explorer and any graph UI: neighbourhoods, paths and timelines. */
export class ExplorationService {
  constructor(private readonly executor: StoreExecutor) {}

  async neighborhood(
    id: string,
    depth: number,
    types: readonly string[] | null | undefined,
    limit: number,
  ): Promise<GraphModel> {
    inRange('depth', depth, 1, 3);
    inRange('limit', limit, 1, 500);
    const unknown = (types ?? []).filter((type) => !KINDS.has(type));
    if (unknown.length > 0) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `types may only name ${NODE_KINDS.join(', ')}; unknown: ${unknown.join(', ')}`,
      );
    }
    const rows = await neighborhood(
      this.executor,
      parseGlobalId(id, 'id'),
      depth,
      types && types.length > 0 ? types : null,
      limit,
    );
    if (!rows) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no node with id ${id}`);
    return rows;
  }

  async paths(from: string, to: string, maxHops: number, first: number): Promise<GraphModel[]> {
    inRange('maxHops', maxHops, 1, 6);
    inRange('first', first, 1, 20);
    const found = await paths(
      this.executor,
      parseGlobalId(from, 'from'),
      parseGlobalId(to, 'to'),
      maxHops,
      first,
    );
    if (!found.fromFound) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no node with id ${from}`);
    if (!found.toFound) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no node with id ${to}`);
    return found.paths;
  }

  async timeline(
    id: string,
    interval: Interval,
    from: string | null | undefined,
    to: string | null | undefined,
  ): Promise<TimelineRow[]> {
    assertOrderedRange('from', from, 'to', to);
    const buckets = await timeline(
      this.executor,
      parseGlobalId(id, 'id'),
      interval,
      from ?? null,
      to ?? null,
    );
    if (!buckets) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no node with id ${id}`);
    return buckets;
  }
}
