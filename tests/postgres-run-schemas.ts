import { randomUUID } from 'node:crypto';

/**
 * Global setup: names this run's PostgreSQL schemas (the workers inherit the variable) and drops them all once
 * every test file is done, so no schema disappears while another file's store is migrating.
 */
export default function setup(): () => Promise<void> {
  const run = randomUUID().replaceAll('-', '').slice(0, 8);
  process.env.HUNTOPS_TEST_PG_RUN = run;
  return async () => {
    const { dropRunSchemas } = await import('./support/postgres.ts');
    await dropRunSchemas(`t_${run}_`);
  };
}
