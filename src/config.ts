import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { ErrorCode, NewsgraphError } from './errors.js';

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(fallback);

const neo4jUri = z
  .string()
  .trim()
  .min(1)
  .refine(
    (value) => {
      const match = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(value);
      return match !== null && (NEO4J_SCHEMES as readonly string[]).includes(match[1]?.toLowerCase() ?? '');
    },
    { message: `must look like bolt://host:7687 (schemes: ${NEO4J_SCHEMES.join(', ')})` },
  );

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** The environment variables Newsgraph reads, with their defaults. The README's table mirrors this. */
const environmentSchema = z.object({
  NEWSGRAPH_HOST: z.string().trim().min(1).default('127.0.0.1'),
  NEWSGRAPH_PORT: port(4000),
  NEWSGRAPH_DATA_DIR: z.string().trim().min(1).default('.newsgraph'),
  NEWSGRAPH_NEO4J_BOLT_PORT: port(7687),
  NEWSGRAPH_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must look like 512m or 2g')
    .default('1g'),
  NEWSGRAPH_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(512),
  NEWSGRAPH_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000).default(240_000),
  NEWSGRAPH_API_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  NEWSGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  NEWSGRAPH_WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).default(300_000),
  NEWSGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  NEWSGRAPH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEWSGRAPH_ALLOW_PRIVATE_NETWORKS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  NEO4J_URI: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z.string().trim().min(1).default('neo4j'),
  JAVA_HOME: z.preprocess(emptyAsUndefined, z.string().optional()),
});

export type Neo4jTarget =
  | { kind: 'uri'; uri: string; username: string; password: string | undefined; database: string }
  | {
      kind: 'local';
      boltPort: number;
      heap: string;
      pagecacheMb: number;
      startTimeoutMs: number;
      database: string;
    };

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  apiKey: string | undefined;
  queryTimeoutMs: number;
  writeTimeoutMs: number;
  maxBodyBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  allowPrivateNetworks: boolean;
  javaHome: string | undefined;
  neo4j: Neo4jTarget;
}

/**
 * Parses the environment once, at start. Every problem is reported in one line naming the
 * variable, so a wrong setting never surfaces later as a confusing runtime failure.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.NEWSGRAPH_DATA_DIR)
    ? e.NEWSGRAPH_DATA_DIR
    : resolve(cwd, e.NEWSGRAPH_DATA_DIR);
  const neo4j: Neo4jTarget = e.NEO4J_URI
    ? {
        kind: 'uri',
        uri: e.NEO4J_URI,
        username: e.NEO4J_USERNAME,
        password: e.NEO4J_PASSWORD,
        database: e.NEO4J_DATABASE,
      }
    : {
        kind: 'local',
        boltPort: e.NEWSGRAPH_NEO4J_BOLT_PORT,
        heap: e.NEWSGRAPH_NEO4J_HEAP,
        pagecacheMb: e.NEWSGRAPH_NEO4J_PAGECACHE_MB,
        startTimeoutMs: e.NEWSGRAPH_NEO4J_START_TIMEOUT_MS,
        database: e.NEO4J_DATABASE,
      };
  return {
    host: e.NEWSGRAPH_HOST,
    port: e.NEWSGRAPH_PORT,
    dataDir,
    apiKey: e.NEWSGRAPH_API_KEY,
    queryTimeoutMs: e.NEWSGRAPH_QUERY_TIMEOUT_MS,
    writeTimeoutMs: e.NEWSGRAPH_WRITE_TIMEOUT_MS,
    maxBodyBytes: e.NEWSGRAPH_MAX_BODY_BYTES,
    logLevel: e.NEWSGRAPH_LOG_LEVEL,
    allowPrivateNetworks: e.NEWSGRAPH_ALLOW_PRIVATE_NETWORKS,
    javaHome: e.JAVA_HOME,
    neo4j,
  };
}

/** The start-up summary: every setting that matters, never a secret. */
export function describeConfig(config: Config): string[] {
  const lines = [
    `HTTP          http://${config.host}:${config.port}/graphql`,
    `data folder   ${config.dataDir}`,
    `API key       ${config.apiKey ? 'set (writes need Authorization: Bearer <key>)' : 'not set (writes refused; loopback only)'}`,
    `timeouts      ${config.queryTimeoutMs} ms a read, ${config.writeTimeoutMs} ms a write`,
  ];
  if (config.neo4j.kind === 'uri') {
    lines.push(
      `Neo4j         ${redactUri(config.neo4j.uri)} as ${config.neo4j.username}, database ${config.neo4j.database}`,
    );
  } else {
    lines.push(
      `Neo4j         local, Bolt port ${config.neo4j.boltPort}, heap ${config.neo4j.heap}, page cache ${config.neo4j.pagecacheMb} MB`,
    );
  }
  return lines;
}

/** A URI as logs and messages may show it: credentials in it replaced by `***`. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
