/** How tests reach the Neo4j the global setup provisioned. */
export interface TestNeo4jInfo {
  uri: string;
  username: string;
  /** Undefined when the database runs without authentication. */
  password: string | undefined;
  database: string;
  /** Which of the three ways provided it: NEO4J_URI, a Docker container, or the local launcher. */
  source: 'uri' | 'docker' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4jInfo;
  }
}

/** The environment that points a `newsgraph` process at the test Neo4j. */
export function neo4jEnv(info: TestNeo4jInfo): Record<string, string> {
  return {
    NEO4J_URI: info.uri,
    NEO4J_USERNAME: info.username,
    NEO4J_DATABASE: info.database,
    ...(info.password === undefined ? {} : { NEO4J_PASSWORD: info.password }),
  };
}
