import { loadConfig } from '../config.js';
import { prepareGraph } from '../ingest/prepareGraph.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { createStoreExecutor } from '../store/createStoreExecutor.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';

export const MIGRATE_USAGE = `Usage: newsgraph migrate [--json]

Applies the schema migrations in cypher/migrations/ to the configured Neo4j (NEO4J_URI, or
the local Neo4j of NEWSGRAPH_DATA_DIR: the running serve's, else one started for this run),
then loads the reference data (countries, leaders, organizations, sanction regimes).
What is already applied is skipped, so running it twice changes nothing.

Options:
  --json     print the report as one JSON object
  --help     show this help
`;

/** `newsgraph migrate`. */
export async function runMigrate(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(
    'migrate',
    argv,
    { json: { type: 'boolean' }, help: { type: 'boolean' } },
    false,
  );
  if (values.help) {
    io.stdout.write(MIGRATE_USAGE);
    return 0;
  }
  const config = loadConfig(io.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const handle = await connectNeo4j(config, logger, 'join');
  try {
    const report = await prepareGraph(createStoreExecutor(handle, config, logger), logger);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      const { reference } = report;
      io.stdout.write(
        `migrations on ${handle.where}: applied ${report.migrations.length ? report.migrations.join(', ') : 'none'}; ` +
          (reference.loaded
            ? `reference data loaded (${reference.countries} countries, ${reference.leaders} leaders, ${reference.offices} offices, ${reference.organizations} organizations, ${reference.heads} headships, ${reference.sanctions} sanction regimes)\n`
            : 'reference data already current\n'),
      );
    }
    return 0;
  } finally {
    await handle.close();
  }
}
