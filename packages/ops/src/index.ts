/** The CLI's building blocks, for tests and for tools that want the same domain view of a release. */
export { parseInvocation } from './args.ts';
export { effectiveRuntimeConfig } from './remote-map.ts';
export { rolloutProgress } from './rollout.ts';
export { main } from './run.ts';
export { workloadOf } from './workload.ts';
