import { defineProject } from 'vitest/config';

// The cluster tests (`make test-cluster`): the project's single-node Kubernetes started once (global set-up),
// then the chart's install/upgrade/rollback/uninstall and the browser through the Ingress, and the operator
// CLI (packages/ops/cluster-test) against the same real API server. One file at a time: one node, two cores.
export default defineProject({
  test: {
    name: 'cluster',
    root: `${import.meta.dirname}/../..`,
    include: ['k8s/cluster/test/**/*.test.ts', 'packages/ops/cluster-test/**/*.test.ts'],
    globalSetup: ['k8s/cluster/test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
