import { ErrorCode, NewsgraphError } from '../../errors.js';
import { deleteArticle, type MergeOutcome, mergeEntities } from '../../store/curationStore.js';
import type { NodeKind } from '../../store/entitiesModels.js';
import type { StoreExecutor } from '../../store/storeExecutor.js';
import { parseGlobalId, tryParseGlobalId } from '../globalId.js';

export interface DeleteArticleModel {
  deletedId: string | null;
  removedEvents: number;
  removedSanctions: number;
}

const MERGEABLE: ReadonlySet<NodeKind> = new Set(['Country', 'Leader', 'Organization']);
const MAX_MERGE = 50;

/** Curation writes: deleting an article, merging duplicate entities. */
export class CurationService {
  constructor(private readonly executor: StoreExecutor) {}

  async deleteArticle(id: string): Promise<DeleteArticleModel> {
    const parsed = tryParseGlobalId(id);
    const key = parsed?.kind === 'Article' ? parsed.key : id;
    const deleted = await deleteArticle(this.executor, key);
    return deleted
      ? {
          deletedId: `Article:${deleted.id}`,
          removedEvents: deleted.removedEvents,
          removedSanctions: deleted.removedSanctions,
        }
      : { deletedId: null, removedEvents: 0, removedSanctions: 0 };
  }

  async mergeEntities(keep: string, merge: readonly string[]): Promise<MergeOutcome> {
    const keepRef = parseGlobalId(keep, 'keep');
    if (!MERGEABLE.has(keepRef.kind)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `only countries, leaders and organizations can be merged, not a ${keepRef.kind}`,
      );
    }
    if (merge.length === 0 || merge.length > MAX_MERGE) {
      throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `merge must name 1 to ${MAX_MERGE} ids`);
    }
    const mergeRefs = merge.map((id, i) => parseGlobalId(id, `merge[${i}]`));
    for (const [i, ref] of mergeRefs.entries()) {
      if (ref.kind !== keepRef.kind) {
        throw new NewsgraphError(
          ErrorCode.BAD_USER_INPUT,
          `merge[${i}] is a ${ref.kind} but keep is a ${keepRef.kind}; only entities of one type merge`,
        );
      }
      if (ref.key === keepRef.key) {
        throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `merge[${i}] is keep itself`);
      }
    }
    const outcome = await mergeEntities(this.executor, keepRef, mergeRefs);
    if (!outcome) throw new NewsgraphError(ErrorCode.NOT_FOUND, `no ${keepRef.kind} with id ${keep}`);
    return outcome;
  }
}
