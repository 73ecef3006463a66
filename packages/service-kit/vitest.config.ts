import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'service-kit', globalSetup: ['@emporium/embedded-db/global-setup'], testTimeout: 20000 },
});
