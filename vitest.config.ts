import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (`main`) and ESM (`module`) builds without an `exports` map. Node
// loads the CommonJS one for everybody, the server and its libraries alike; Vite would hand the
// project's own files the ESM one, a second copy whose types the libraries' copy does not
// recognise. Resolving `graphql` as Node does keeps one copy in tests too.
const graphqlAsNodeLoadsIt = createRequire(import.meta.url).resolve('graphql');

// Two projects: pure unit tests start nothing; integration and end-to-end tests share one
// real Neo4j provisioned once by the global setup (NEO4J_URI, else Docker, else the local
// launcher) and isolate their data by a per-test marker.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlAsNodeLoadsIt }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A file's first extraction derives the lexicons of the languages it meets (about a
          // second of CPU for three), which on a busy two-core machine outgrew vitest's 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/neo4jGlobalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
