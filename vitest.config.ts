import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // A real PostgreSQL server for the Postgres store tests (NIANBAO_TEST_DATABASE_URL, or a throwaway cluster).
    globalSetup: ['test/setup/postgres.ts'],
  },
});
