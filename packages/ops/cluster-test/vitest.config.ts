import { defineConfig } from 'vitest/config';

// emporium-ops against a real API server: KUBECONFIG=<file> pnpm exec vitest run --config packages/ops/cluster-test/vitest.config.ts
export default defineConfig({
  test: {
    name: 'ops-cluster',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
