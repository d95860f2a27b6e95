// vitest globalSetup: one real PostgreSQL server for the whole run. NIANBAO_TEST_DATABASE_URL picks an existing
// server; otherwise a throwaway cluster is started here and stopped at teardown.
import type { TestProject } from 'vitest/node';
import { startThrowawayCluster } from './throwaway-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server, or '' when none could be started (see databaseProblem). */
    databaseUrl: string;
    databaseProblem: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.NIANBAO_TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    project.provide('databaseProblem', '');
    return async () => undefined;
  }
  try {
    const cluster = await startThrowawayCluster();
    project.provide('databaseUrl', cluster.url);
    project.provide('databaseProblem', '');
    return () => cluster.stop();
  } catch (error) {
    // Only the tests that need Postgres fail, each with this reason; the rest of the suite still runs.
    project.provide('databaseUrl', '');
    project.provide('databaseProblem', `no PostgreSQL server for the tests: ${(error as Error).message}`);
    return async () => undefined;
  }
}
