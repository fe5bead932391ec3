import type { Executor } from '../neo4j/executor.js';
import type { QueryName } from './queryNames.js';

/** The executor every store module runs its named queries through. */
export type StoreExecutor = Executor<QueryName>;
