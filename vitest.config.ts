import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests start nothing; integration and end-to-end tests share one
// real Neo4j provisioned once by the global setup (NEO4J_URI, else Docker, else the local
// launcher) and isolate their data by a per-test marker.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
