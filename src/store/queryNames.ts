/**
 * Every named query of the store, one per file `cypher/<name>.cypher`. Start-up loads them
 * all and fails if a file is missing or a file has no name here.
 */
export const QUERY_NAMES = [
  'health/components',
  'schema/appliedMigrations',
  'schema/recordMigration',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
