import { type ChildProcess, spawn } from 'node:child_process';
import { projectPath } from '../../src/paths.js';

const CLI = projectPath('bin', 'newsgraph.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a test's `newsgraph` process: this one's, without any Neo4j or Newsgraph settings, plus `env`. */
export function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_') && !key.startsWith('NEWSGRAPH_')),
  );
  // NODE_ENV as a user's shell has it, not vitest's 'test' (libraries behave differently under 'test').
  return { ...base, NODE_ENV: 'production', NEWSGRAPH_LOG_LEVEL: 'warn', ...env };
}

/** Runs the installed `newsgraph` command to its end, as a user would from a shell. */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolvePromise, rejectPromise) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: cliEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectPromise(
        new Error(`newsgraph ${args.join(' ')} did not finish in ${timeoutMs} ms:\n${stdout}\n${stderr}`),
      );
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output(): { stdout: string; stderr: string };
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `newsgraph serve` and resolves once it listens with its database ready.
 * `nodeOptions` go to Node itself (a benchmark's `--cpu-prof`, say).
 */
export function startServe(
  env: Record<string, string>,
  timeoutMs = 240_000,
  nodeOptions: readonly string[] = [],
): Promise<ServeProcess> {
  return new Promise((resolvePromise, rejectPromise) => {
    const child = spawn(process.execPath, [...nodeOptions, CLI, 'serve'], {
      env: cliEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectPromise(new Error(`serve did not get ready in ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /Listening on (http:\/\/\S+)\/graphql/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise({
          child,
          url: match[1],
          output: () => ({ stdout, stderr }),
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      rejectPromise(new Error(`serve exited (${code}) before it was ready:\n${stdout}\n${stderr}`));
    });
  });
}

/** POSTs a GraphQL operation and returns the parsed response with its status. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}
