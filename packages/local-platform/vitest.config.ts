import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'local-platform', testTimeout: 90_000, hookTimeout: 30_000 } });
