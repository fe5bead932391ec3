import type { SanctionModel } from '../../store/entitiesModels.js';
import { countSanctions, pageSanctions, type SanctionFilterParams } from '../../store/sanctionsStore.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import type { SanctionFilter } from '../generated/resolvers.js';
import { refFromArgument, tryParseGlobalId } from '../globalId.js';
import type { Loaders } from '../loaders/createLoaders.js';
import { type ConnectionArgs, type ConnectionModel, planPage, toConnection } from './connection.js';

const ACTORS = ['Country', 'Leader', 'Organization'] as const;

export class SanctionsService {
  constructor(private readonly executor: StoreExecutor) {}

  async sanction(loaders: Loaders, id: string): Promise<SanctionModel | null> {
    const parsed = tryParseGlobalId(id);
    const node = await loaders.node.load(`Sanction:${parsed?.kind === 'Sanction' ? parsed.key : id}`);
    return node?.kind === 'Sanction' ? node : null;
  }

  async sanctions(
    where: SanctionFilter | null | undefined,
    args: ConnectionArgs,
  ): Promise<ConnectionModel<SanctionModel>> {
    const filter: SanctionFilterParams = {
      target: where?.target ? refFromArgument(where.target, 'where.target', ACTORS) : null,
      authority: where?.authority ? refFromArgument(where.authority, 'where.authority', ACTORS) : null,
      activeOn: where?.activeOn ?? null,
    };
    const plan = planPage(args, false);
    const rows = await pageSanctions(this.executor, filter, plan.query);
    return toConnection(plan, rows, () => countSanctions(this.executor, filter));
  }
}
