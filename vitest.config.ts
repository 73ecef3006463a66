import { defineConfig } from 'vitest/config';

// One test run for the whole repository; each package, service, micro frontend and the e2e suite is a
// project with its own settings (databases, timeouts, browser).
export default defineConfig({
  test: {
    projects: ['packages/*', 'services/*', 'mfes/*', 'e2e', 'charts'],
  },
});
