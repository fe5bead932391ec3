import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { driver as createDriver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { neo4jVersion } from '../../src/neo4j/neo4jVersion.js';
import { postGraphQL, runCli, type ServeProcess, startServe } from '../support/cliProcess.js';
import { freePort } from '../support/freePort.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('newsgraph serve with no Neo4j settings (the local Neo4j)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-serve-'));
  const running: ServeProcess[] = [];

  afterAll(async () => {
    for (const serve of running) await serve.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers health over HTTP, keeps data across a restart and leaves no Java process behind', async () => {
    const boltPort = String(await freePort());
    const env = {
      NEWSGRAPH_DATA_DIR: dataDir,
      NEWSGRAPH_PORT: String(await freePort()),
      NEWSGRAPH_NEO4J_BOLT_PORT: boltPort,
      NEWSGRAPH_NEO4J_HEAP: '512m',
      NEWSGRAPH_NEO4J_PAGECACHE_MB: '64',
    };

    const first = await startServe(env);
    running.push(first);
    const health = await postGraphQL(first.url, '{ health { neo4j { version edition } } }');
    expect(health).toEqual({
      status: 200,
      body: { data: { health: { neo4j: { version: neo4jVersion(), edition: 'community' } } } },
    });
    expect(first.output().stdout).toContain(`bolt://127.0.0.1:${boltPort}`);

    const ready = await fetch(`${first.url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 200,
      body: { status: 'ready' },
    });

    const record = JSON.parse(readFileSync(join(dataDir, 'neo4j', 'newsgraph-neo4j.json'), 'utf8')) as {
      pid: number;
      uri: string;
    };
    expect(record.uri).toBe(`bolt://127.0.0.1:${boltPort}`);
    const driver = createDriver(record.uri);
    await driver.executeQuery('CREATE (:E2EProbe {id: $id, note: $note})', {
      id: 'persisted-1',
      note: 'written before restart',
    });
    await driver.close();

    // A second serve on the same data folder is refused with one clear line.
    const second = await runCli(['serve'], {
      ...env,
      NEWSGRAPH_PORT: String(await freePort()),
      NEWSGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
    });
    expect({ code: second.code, stderr: second.stderr }).toEqual({
      code: 1,
      stderr: `newsgraph serve: the data folder ${dataDir} is in use by another Newsgraph process (Neo4j pid ${record.pid} at ${record.uri}); stop it or set NEWSGRAPH_DATA_DIR to another folder\n`,
    });

    expect(await first.stop()).toBe(0);
    running.pop();
    expect(isAlive(record.pid)).toBe(false);
    expect(existsSync(join(dataDir, 'neo4j', 'newsgraph-neo4j.json'))).toBe(false);

    const restarted = await startServe(env);
    running.push(restarted);
    const again = createDriver(`bolt://127.0.0.1:${boltPort}`);
    const read = await again.executeQuery('MATCH (p:E2EProbe {id: $id}) RETURN p.note AS note', {
      id: 'persisted-1',
    });
    await again.close();
    expect(read.records.map((r) => r.toObject())).toEqual([{ note: 'written before restart' }]);
    const restartedRecord = JSON.parse(
      readFileSync(join(dataDir, 'neo4j', 'newsgraph-neo4j.json'), 'utf8'),
    ) as { pid: number };
    expect(await restarted.stop()).toBe(0);
    running.pop();
    expect(isAlive(restartedRecord.pid)).toBe(false);
    // Two cold starts of the local Neo4j (a JVM each, and the launcher compiled from source):
    // about 70 s on a quiet 2-core machine, and it once passed 120 s on a loaded one.
  }, 300_000);
});
