import { defineConfig } from 'vitest/config';

// Runs against the PostgreSQL server named by DATABASE_URL (see .ci/run).
export default defineConfig({
  test: { include: ['src/**/*.pg.test.ts'], testTimeout: 120000, hookTimeout: 120000, fileParallelism: false, passWithNoTests: true },
});
