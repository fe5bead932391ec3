import { type Config, describeConfig, loadConfig } from '../config.js';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Services } from '../graphql/context.js';
import { createApolloServer } from '../graphql/createApolloServer.js';
import { createContext } from '../graphql/createContext.js';
import { createServices } from '../graphql/services/createServices.js';
import { prepareGraph } from '../ingest/prepareGraph.js';
import { createLogger } from '../logger.js';
import { connectNeo4j, type Neo4jHandle } from '../neo4j/connectNeo4j.js';
import { type RunningHttpServer, startHttpServer } from '../server/httpServer.js';
import { createStoreExecutor } from '../store/createStoreExecutor.js';
import type { CommandIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';

export const SERVE_USAGE = `Usage: newsgraph serve

Starts the GraphQL API at http://NEWSGRAPH_HOST:NEWSGRAPH_PORT/graphql, with /healthz and
/readyz. Without NEO4J_URI it launches the local Neo4j (java + mvn) with its data in
NEWSGRAPH_DATA_DIR/neo4j; migrations are applied at start. Stops cleanly on Ctrl-C / SIGTERM.
All settings come from the environment; see the README's configuration table.
`;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** `newsgraph serve`: runs until SIGINT or SIGTERM, then stops Neo4j and returns 0. */
export async function runServe(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs('serve', argv, { help: { type: 'boolean' } }, false);
  if (values.help) {
    io.stdout.write(SERVE_USAGE);
    return 0;
  }
  const config = loadConfig(io.env);
  if (!config.apiKey && !LOOPBACK.test(config.host)) {
    throw new NewsgraphError(
      ErrorCode.BAD_CONFIG,
      `NEWSGRAPH_HOST=${config.host} exposes the API beyond this machine, which needs NEWSGRAPH_API_KEY (16+ characters) for writes`,
    );
  }
  // Logs are the service's event stream on stdout; stderr is kept for the one-line failure.
  const logger = createLogger(config.logLevel, 'newsgraph', 1);
  const service = new ServeProcess(config, io, logger);
  return service.run();
}

class ServeProcess {
  private http: RunningHttpServer | undefined;
  private neo4j: Neo4jHandle | undefined;
  private services: Services | undefined;
  private startupProblem = 'starting the graph database';

  constructor(
    private readonly config: Config,
    private readonly io: CommandIo,
    private readonly logger: ReturnType<typeof createLogger>,
  ) {}

  async run(): Promise<number> {
    const { config, io, logger } = this;
    io.stdout.write(
      `Newsgraph\n${describeConfig(config)
        .map((line) => `  ${line}`)
        .join('\n')}\n`,
    );
    const stopped = this.waitForSignal();
    const apollo = createApolloServer(logger);
    await apollo.start();
    try {
      this.http = await startHttpServer({
        host: config.host,
        port: config.port,
        maxBodyBytes: config.maxBodyBytes,
        apollo,
        logger,
        context: (request) =>
          this.services ? createContext(this.services, config.apiKey, request) : undefined,
        readiness: () => this.readiness(),
      });
      this.neo4j = await connectNeo4j(config, logger, 'serve');
      const executor = createStoreExecutor(this.neo4j, config, logger);
      await prepareGraph(executor, logger);
      const services = createServices(executor, config, logger);
      const info = await services.health.health();
      this.services = services;
      io.stdout.write(
        `  Neo4j ready   ${this.neo4j.where}, ${info.neo4j.version} ${info.neo4j.edition}, ${info.migrations.length} migrations\n` +
          `Listening on ${this.http.url}/graphql\n`,
      );
    } catch (error) {
      await this.shutdown(apollo);
      throw error;
    }
    await stopped;
    logger.info('stopping');
    await this.shutdown(apollo);
    return 0;
  }

  private async readiness() {
    if (!this.services) return { ready: false as const, reason: this.startupProblem };
    const pending = await this.services.health.pendingMigrations();
    return pending.length === 0
      ? { ready: true as const }
      : { ready: false as const, reason: `migrations not applied: ${pending.join(', ')}` };
  }

  private waitForSignal(): Promise<void> {
    return new Promise<void>((resolvePromise) => {
      const onSignal = () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        resolvePromise();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    });
  }

  private async shutdown(apollo: { stop(): Promise<void> }): Promise<void> {
    this.services = undefined;
    await this.http?.close();
    await apollo.stop().catch(() => undefined);
    await this.neo4j?.close();
  }
}
