import { defineConfig } from 'vitest/config';

// Fast tests only: slow (*.slow.test.ts), database-server (*.pg.test.ts) and
// browser (*.browser.test.ts) tests have their own configs and npm scripts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.slow.test.ts', 'src/**/*.pg.test.ts', 'src/**/*.browser.test.ts', 'node_modules/**', 'dist/**'],
    testTimeout: 20000,
  },
});
