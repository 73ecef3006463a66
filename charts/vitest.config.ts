import { defineProject } from 'vitest/config';

// The chart's tests: helm lint and template with both Helm majors, every render validated against the
// Kubernetes schemas, and the platform's rules (hardening, probes, routes, network policy) asserted on it.
export default defineProject({
  test: {
    name: 'charts',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
