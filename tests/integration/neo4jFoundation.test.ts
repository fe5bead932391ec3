import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { loadMigrations } from '../../src/neo4j/cypherFiles.js';
import { neo4jVersion } from '../../src/neo4j/neo4jVersion.js';
import { readComponents } from '../../src/store/healthStore.js';
import { migrate } from '../../src/store/migrate.js';
import { openTestStore, type TestStore } from '../support/testStore.js';

const EXPECTED_CONSTRAINTS = [
  { name: 'article_id', labelsOrTypes: ['Article'], properties: ['id'] },
  { name: 'country_iso3', labelsOrTypes: ['Country'], properties: ['iso3'] },
  { name: 'event_id', labelsOrTypes: ['Event'], properties: ['id'] },
  { name: 'leader_id', labelsOrTypes: ['Leader'], properties: ['id'] },
  { name: 'migration_id', labelsOrTypes: ['Migration'], properties: ['id'] },
  { name: 'organization_id', labelsOrTypes: ['Organization'], properties: ['id'] },
  { name: 'outlet_domain', labelsOrTypes: ['Outlet'], properties: ['domain'] },
  { name: 'place_id', labelsOrTypes: ['Place'], properties: ['id'] },
  { name: 'sanction_id', labelsOrTypes: ['Sanction'], properties: ['id'] },
];

describe('a real Neo4j with the schema migrations', () => {
  let store: TestStore;
  const logger = createLogger('silent');

  beforeAll(() => {
    store = openTestStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers dbms.components() with its name, version and edition', async () => {
    const component = await readComponents(store.executor);
    expect(component).toEqual({
      name: 'Neo4j Kernel',
      version: expect.stringMatching(/^\d+\.\d+/),
      edition: expect.stringMatching(/^(community|enterprise)$/),
    });
    // The project's own provisioning (container or launcher) runs the pinned version.
    if (process.env.NEO4J_URI === undefined) expect(component.version).toBe(neo4jVersion());
  });

  it('creates the unique constraint of every node label and records every migration', async () => {
    await migrate(store.executor, logger);
    const constraints = await store.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE type = "UNIQUENESS" RETURN name, labelsOrTypes, properties ORDER BY name',
      {},
      { database: store.executor.database },
    );
    const names = new Set(EXPECTED_CONSTRAINTS.map((c) => c.name));
    expect(constraints.records.map((r) => r.toObject()).filter((c) => names.has(c.name as string))).toEqual(
      EXPECTED_CONSTRAINTS,
    );
    const fulltext = await store.driver.executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name',
      {},
      { database: store.executor.database },
    );
    expect(fulltext.records.map((r) => r.toObject())).toEqual([
      { name: 'article_text', labelsOrTypes: ['Article'], properties: ['title', 'body'] },
      {
        name: 'entity_names',
        labelsOrTypes: ['Country', 'Leader', 'Organization', 'Place'],
        properties: ['name', 'aliasText'],
      },
    ]);
  });

  it('changes nothing when the migrations run twice', async () => {
    const snapshot = async () => {
      const schema = await store.driver.executeQuery(
        'SHOW ALL CONSTRAINTS YIELD name RETURN collect(name) AS names',
        {},
        { database: store.executor.database },
      );
      const indexes = await store.driver.executeQuery(
        'SHOW INDEXES YIELD name RETURN collect(name) AS names',
        {},
        { database: store.executor.database },
      );
      const migrations = await store.driver.executeQuery(
        'MATCH (m:Migration) RETURN m.id AS id, toString(m.appliedAt) AS appliedAt ORDER BY id',
        {},
        { database: store.executor.database },
      );
      return {
        constraints: ((schema.records[0]?.get('names') ?? []) as string[]).sort(),
        indexes: ((indexes.records[0]?.get('names') ?? []) as string[]).sort(),
        migrations: migrations.records.map((r) => r.toObject()),
      };
    };
    await migrate(store.executor, logger);
    const before = await snapshot();
    const second = await migrate(store.executor, logger);
    const after = await snapshot();
    expect(second).toEqual({ applied: [], alreadyApplied: loadMigrations().map((m) => m.id) });
    expect(after).toEqual(before);
  });

  it('refuses a migration edited after it was applied', async () => {
    await migrate(store.executor, logger);
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'deadbeef' } : m));
    await expect(migrate(store.executor, logger, edited)).rejects.toMatchObject({
      code: 'BAD_CONFIG',
      message:
        'migration 001-constraints was edited after it was applied; put the change in a new migration file',
    });
  });
});
