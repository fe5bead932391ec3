import { type CommandIo, processIo } from './commands/io.js';
import { runMigrate } from './commands/migrate.js';
import { runServe } from './commands/serve.js';
import { ErrorCode, isNewsgraphError, NewsgraphError } from './errors.js';

const USAGE = `Usage: newsgraph <command> [options]

Commands:
  serve      start the GraphQL API (and the local Neo4j unless NEO4J_URI is set)
  migrate    apply the schema migrations to Neo4j
  extract    print what the extractor finds in an article, as JSON (no database)
  ingest     read articles, feeds, URLs or GDELT exports into the graph

Run \`newsgraph <command> --help\` for a command's options.
`;

type Command = (argv: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => runServe,
  migrate: async () => runMigrate,
  extract: async () => (await import('./commands/extract.js')).runExtract,
  ingest: async () => (await import('./commands/ingest.js')).runIngestCommand,
};

/**
 * The `newsgraph` command. Returns the exit code: 0 on success, 2 for wrong arguments or
 * configuration, 1 for other failures, each reported as one line on stderr and never as a
 * stack trace.
 */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  try {
    if (!load) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`,
      );
    }
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (isNewsgraphError(error)) {
      io.stderr.write(`newsgraph ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`newsgraph ${name}: unexpected error: ${message}\n`);
    return 1;
  }
}
