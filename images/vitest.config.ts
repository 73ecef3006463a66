import { defineProject } from 'vitest/config';

// The image tests (`make test-images`, after `make images`): every image run hardened the way the chart runs
// it, then the whole platform from images in Chromium. One file at a time: two cores, one Docker engine.
export default defineProject({
  test: {
    name: 'images',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: {
      // No registry here: testcontainers must not pull its reaper; our global setup removes leftovers by label.
      TESTCONTAINERS_RYUK_DISABLED: 'true',
      TESTCONTAINERS_HOST_OVERRIDE: '127.0.0.1',
    },
  },
});
