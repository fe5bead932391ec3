import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { projectPath } from '../paths.js';

export const THREE_WAYS =
  'Newsgraph needs a Neo4j: (1) the local one it launches itself, which needs `java` (17+) and `mvn` on the PATH; ' +
  '(2) `docker compose up`; or (3) NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD) pointing at a running Neo4j.';

/** The `java` to run the launcher with: JAVA_HOME's when set, else the one on the PATH. */
export function findJava(javaHome: string | undefined): string {
  const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new NewsgraphError(ErrorCode.MISSING_TOOL, `cannot run \`${java}\`. ${THREE_WAYS}`);
  }
  return java;
}

/**
 * The classpath of the embedded Neo4j, resolved by Maven once per pom and cached under the
 * data folder (Maven's own repository keeps the jars). A cached file whose jars are gone is
 * resolved again, so a cleaned Maven repository never leaves a broken start.
 */
export function resolveClasspath(cacheDir: string): string {
  const pom = projectPath('tools', 'neo4j', 'pom.xml');
  const digest = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `neo4j-classpath-${digest}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached.length > 0 && cached.split(':').every((jar) => existsSync(jar))) {
      return cached;
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  const outputFile = `${cacheFile}.tmp`;
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (mvn.error) {
    throw new NewsgraphError(ErrorCode.MISSING_TOOL, `cannot run \`mvn\`. ${THREE_WAYS}`);
  }
  if (mvn.status !== 0 || !existsSync(outputFile)) {
    const detail = `${mvn.stdout}\n${mvn.stderr}`
      .split('\n')
      .filter((line) => line.includes('ERROR'))
      .slice(0, 3)
      .join(' ');
    throw new NewsgraphError(
      ErrorCode.MISSING_TOOL,
      `Maven could not resolve Neo4j from tools/neo4j/pom.xml: ${detail || `exit ${mvn.status}`}`,
    );
  }
  const classpath = readFileSync(outputFile, 'utf8').trim();
  writeFileSync(cacheFile, classpath);
  return classpath;
}
