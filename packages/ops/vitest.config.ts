import { defineProject } from 'vitest/config';

// The CLI's unit tests. cluster-test/ needs a real Kubernetes API server and runs from k8s/cluster's config.
export default defineProject({
  test: {
    name: 'ops',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
