import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { Logger } from '../logger.js';
import { projectPath } from '../paths.js';
import { findJava, resolveClasspath } from './javaTools.js';

/** JVM options from Neo4j's own neo4j.conf that the embedded database needs too. */
const NEO4J_JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

const MARK = 'NEWSGRAPH-NEO4J ';

export interface LocalNeo4jOptions {
  /** The Newsgraph data folder; Neo4j keeps its store in `<dataDir>/neo4j`. */
  dataDir: string;
  boltPort: number;
  heap: string;
  pagecacheMb: number;
  startTimeoutMs: number;
  javaHome: string | undefined;
  /** Turns authentication on with this password for user `neo4j` (the tests use it). */
  password?: string | undefined;
  logger: Logger;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  edition: string;
  pid: number;
  /** Stops the JVM and waits for it to be gone; safe to call twice. */
  stop(): Promise<void>;
}

/** What a running launcher leaves in its data folder, so `ingest` can find a `serve`'s Neo4j. */
export interface LocalNeo4jRecord {
  pid: number;
  uri: string;
  version: string;
  edition: string;
  authEnabled: boolean;
}

function recordPath(dataDir: string): string {
  return join(dataDir, 'neo4j', 'newsgraph-neo4j.json');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The local Neo4j another Newsgraph process runs on this data folder, if one is alive. */
export function findRunningLocalNeo4j(dataDir: string): LocalNeo4jRecord | undefined {
  const file = recordPath(dataDir);
  if (!existsSync(file)) {
    return undefined;
  }
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as LocalNeo4jRecord;
    return typeof record.pid === 'number' && isAlive(record.pid) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts Neo4j embedded (tools/neo4j/Launcher.java) as a child process and resolves when
 * Bolt answers. The child watches its stdin, so it also stops when this process dies
 * without a chance to clean up.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { dataDir, logger } = options;
  const running = findRunningLocalNeo4j(dataDir);
  if (running) {
    throw new NewsgraphError(
      ErrorCode.NEO4J_LOCKED,
      `the data folder ${dataDir} is in use by another Newsgraph process (Neo4j pid ${running.pid} at ${running.uri}); stop it or set NEWSGRAPH_DATA_DIR to another folder`,
    );
  }
  const java = findJava(options.javaHome);
  const classpath = resolveClasspath(join(dataDir, 'cache'));
  const home = join(dataDir, 'neo4j');
  mkdirSync(home, { recursive: true });

  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...NEO4J_JVM_OPTIONS,
    '-cp',
    classpath,
    projectPath('tools', 'neo4j', 'Launcher.java'),
    '--home',
    home,
    '--port',
    String(options.boltPort),
    '--pagecache-mb',
    String(options.pagecacheMb),
  ];
  if (options.password !== undefined) {
    args.push('--password', options.password);
  }
  logger.info({ home, boltPort: options.boltPort }, 'starting the local Neo4j');
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  const ready = await waitForMarker(child, options.startTimeoutMs, logger, stderrTail);
  const record: LocalNeo4jRecord = {
    pid: child.pid ?? -1,
    uri: ready.uri,
    version: ready.version,
    edition: ready.edition,
    authEnabled: options.password !== undefined,
  };
  writeFileSync(recordPath(dataDir), JSON.stringify(record, null, 2));
  logger.info({ uri: ready.uri, version: ready.version }, 'local Neo4j is ready');

  let stopping: Promise<void> | undefined;
  return {
    ...ready,
    pid: record.pid,
    stop() {
      stopping ??= stopChild(child).finally(() => rmSync(recordPath(dataDir), { force: true }));
      return stopping;
    },
  };
}

interface Ready {
  uri: string;
  version: string;
  edition: string;
}

function waitForMarker(
  child: ChildProcess,
  timeoutMs: number,
  logger: Logger,
  stderrTail: string[],
): Promise<Ready> {
  return new Promise<Ready>((resolvePromise, rejectPromise) => {
    let settled = false;
    const settle = (outcome: { ready: Ready } | { error: NewsgraphError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('ready' in outcome) {
        resolvePromise(outcome.ready);
      } else {
        child.kill('SIGKILL');
        rejectPromise(outcome.error);
      }
    };
    const timer = setTimeout(() => {
      settle({
        error: new NewsgraphError(
          ErrorCode.NEO4J_UNAVAILABLE,
          `the local Neo4j did not start within ${timeoutMs} ms (raise NEWSGRAPH_NEO4J_START_TIMEOUT_MS)`,
        ),
      });
    }, timeoutMs);

    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (!line.startsWith(MARK)) {
        logger.debug({ neo4j: line }, 'neo4j output');
        return;
      }
      const [kind = '', first = '', ...rest] = line.slice(MARK.length).split(' ');
      if (kind === 'READY') {
        settle({ ready: { uri: first, version: rest[0] ?? 'unknown', edition: rest[1] ?? 'unknown' } });
      } else if (kind === 'ERROR') {
        const code =
          first === 'LOCKED'
            ? ErrorCode.NEO4J_LOCKED
            : first === 'PORT_IN_USE'
              ? ErrorCode.PORT_IN_USE
              : ErrorCode.NEO4J_UNAVAILABLE;
        settle({ error: new NewsgraphError(code, `local Neo4j: ${rest.join(' ')}`) });
      }
    });
    child.on('error', (error) => {
      settle({
        error: new NewsgraphError(ErrorCode.MISSING_TOOL, `cannot start java: ${error.message}`),
      });
    });
    child.on('exit', (code, signal) => {
      const detail = stderrTail.join('').trim().split('\n').slice(-3).join(' ');
      settle({
        error: new NewsgraphError(
          ErrorCode.NEO4J_UNAVAILABLE,
          `the local Neo4j exited before it was ready (${signal ?? `exit ${code}`})${detail ? `: ${detail}` : ''}`,
        ),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise<void>((resolvePromise) => {
    // Neo4j flushes its store on a clean shutdown; give it time before forcing.
    const force = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
