import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/**
 * The one Neo4j version of the project, read from `tools/neo4j/pom.xml` so the local
 * launcher, the test container image and docker-compose.yml cannot drift apart (a unit
 * test checks compose against it).
 */
export function neo4jVersion(): string {
  const pom = readFileSync(projectPath('tools', 'neo4j', 'pom.xml'), 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) {
    throw new Error('tools/neo4j/pom.xml has no <neo4j.version> property');
  }
  return match[1];
}
