import { defaultExtractor } from '../extract/index.js';
import type { Logger } from '../logger.js';
import { migrate } from '../store/migrate.js';
import { loadReferenceData, type ReferenceLoadReport } from '../store/referenceStore.js';
import type { StoreExecutor } from '../store/storeExecutor.js';
import { buildReferenceRows } from './referenceRows.js';

/**
 * Makes a graph ready for use: schema migrations, then the reference data, so the graph
 * answers "who is under UN sanctions?" before any article arrives. Run by `serve`,
 * `migrate` and `ingest`; a second run writes nothing.
 */
export async function prepareGraph(
  executor: StoreExecutor,
  logger: Logger,
): Promise<{ migrations: string[]; reference: ReferenceLoadReport }> {
  const report = await migrate(executor, logger);
  const reference = await loadReferenceData(executor, buildReferenceRows(defaultExtractor().resources));
  if (reference.loaded) logger.info(reference, 'reference data loaded');
  return { migrations: report.applied, reference };
}
