import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import '../support/testNeo4jInfo.js';
import { runCli } from '../support/cliProcess.js';
import { freePort } from '../support/freePort.js';

const THREE_WAYS =
  'Newsgraph needs a Neo4j: (1) the local one it launches itself, which needs `java` (17+) and `mvn` on the PATH; ' +
  '(2) `docker compose up`; or (3) NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) pointing at a running Neo4j.';

describe('wrong arguments and bad configuration: one clear line, a non-zero exit', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-errors-'));
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const base = { NEWSGRAPH_DATA_DIR: dataDir };

  it('an unknown command', async () => {
    expect(await runCli(['frobnicate'], base)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'newsgraph frobnicate: unknown command "frobnicate" (commands: serve, migrate, extract, ingest)\n',
    });
  });

  it('an unknown option', async () => {
    const result = await runCli(['serve', '--bogus'], base);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "newsgraph serve: Unknown option '--bogus' (see `newsgraph serve --help`)\n",
    });
  });

  it('a NEO4J_URI that is not a Neo4j URI', async () => {
    expect(await runCli(['serve'], { ...base, NEO4J_URI: 'http://localhost:7474' })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'newsgraph serve: invalid configuration: NEO4J_URI must look like bolt://host:7687 (schemes: bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc)\n',
    });
  });

  it('a port that is not a number', async () => {
    expect(await runCli(['serve'], { ...base, NEWSGRAPH_PORT: 'eighty' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsgraph serve: invalid configuration: NEWSGRAPH_PORT must be a port number\n',
    });
  });

  it('binding beyond loopback without an API key', async () => {
    const result = await runCli(['serve'], { ...base, NEWSGRAPH_HOST: '0.0.0.0' });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'newsgraph serve: NEWSGRAPH_HOST=0.0.0.0 exposes the API beyond this machine, which needs NEWSGRAPH_API_KEY (16+ characters) for writes\n',
    });
  });

  it('an unreachable Neo4j', async () => {
    const port = await freePort();
    const result = await runCli(['serve'], {
      ...base,
      NEWSGRAPH_PORT: String(await freePort()),
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: `newsgraph serve: Neo4j at bolt://127.0.0.1:${port} is unavailable: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    });
  });

  it('a wrong password', async () => {
    const neo4j = inject('neo4j');
    if (neo4j.password === undefined) return; // a NEO4J_URI without authentication cannot refuse a password
    const result = await runCli(['serve'], {
      ...base,
      NEWSGRAPH_PORT: String(await freePort()),
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: `${neo4j.password}-wrong`,
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: `newsgraph serve: Neo4j at ${neo4j.uri} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)\n`,
    });
  });

  it('an occupied HTTP port', async () => {
    const server = createServer();
    servers.push(server);
    const port = await new Promise<number>((resolvePromise) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolvePromise(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    const result = await runCli(['serve'], { ...base, NEWSGRAPH_PORT: String(port) });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: `newsgraph serve: port ${port} on 127.0.0.1 is already in use; set NEWSGRAPH_PORT to another port\n`,
    });
  });

  it('no java: names the three ways to get a Neo4j', async () => {
    const result = await runCli(['migrate'], { ...base, JAVA_HOME: '/nonexistent-java' });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: `newsgraph migrate: cannot run \`/nonexistent-java/bin/java\`. ${THREE_WAYS}\n`,
    });
  });

  it('no mvn: names the three ways to get a Neo4j', async () => {
    // A PATH with java and node but no mvn (they share /usr/bin here, so link them alone).
    const fresh = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-nomvn-'));
    const bin = join(fresh, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const java = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
    symlinkSync(realpathSync(java), join(bin, 'java'));
    const result = await runCli(['migrate'], { NEWSGRAPH_DATA_DIR: join(fresh, 'data'), PATH: bin });
    rmSync(fresh, { recursive: true, force: true });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 1,
      stderr: `newsgraph migrate: cannot run \`mvn\`. ${THREE_WAYS}\n`,
    });
  });
});
