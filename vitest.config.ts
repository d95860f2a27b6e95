import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000, // generous: tests wait for events, and CI machines can be loaded
    // A real PostgreSQL server for the Postgres store tests (NIANBAO_TEST_DATABASE_URL, or a throwaway cluster).
    globalSetup: ['test/setup/postgres.ts'],
  },
});
