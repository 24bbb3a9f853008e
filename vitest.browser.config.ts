import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core driving Debian's chromium against a live server.
export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts'],
    testTimeout: 120000,
    hookTimeout: 300000,
    fileParallelism: false,
  },
});
