import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neo4jVersion } from '../../../src/neo4j/neo4jVersion.js';
import { projectPath } from '../../../src/paths.js';

describe('one Neo4j version everywhere', () => {
  it('docker-compose.yml runs the version the pom pins, community edition', () => {
    const compose = readFileSync(projectPath('docker-compose.yml'), 'utf8');
    expect([...compose.matchAll(/image:\s*(neo4j:\S+)/g)].map((m) => m[1])).toEqual([
      `neo4j:${neo4jVersion()}-community`,
    ]);
  });

  it('is a 5.26 LTS release, which runs on the default Java 17', () => {
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  // `docker compose` (the plugin) where it is installed, else `docker-compose` (Debian's
  // package, which .ci/run installs): either validates the file with no Docker engine.
  it('docker compose config accepts docker-compose.yml', () => {
    const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    const [command, args] = plugin.status === 0 ? ['docker', ['compose']] : ['docker-compose', []];
    const config = spawnSync(
      command,
      [...args, '-f', projectPath('docker-compose.yml'), 'config', '--quiet'],
      {
        encoding: 'utf8',
      },
    );
    if (config.error && process.env.CI !== 'true') return; // neither is installed on this developer's machine
    expect({ status: config.status, stderr: config.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
