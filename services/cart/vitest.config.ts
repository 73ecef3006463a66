import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cart-service',
    globalSetup: ['@emporium/embedded-db/global-setup'],
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
