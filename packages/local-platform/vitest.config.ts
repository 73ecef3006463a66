import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'local-platform', testTimeout: 360_000, hookTimeout: 30_000 } });
