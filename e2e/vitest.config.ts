import { defineProject } from 'vitest/config';

// Browser tests of the whole platform: one platform (database, services, gateway with the built MFEs)
// for the run, one headless Chromium per file, files one after another (two cores, one browser at a time).
export default defineProject({
  test: {
    name: 'e2e',
    globalSetup: ['./support/platform-setup.ts'],
    include: ['tests/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
