import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'embedded-db', testTimeout: 30000, hookTimeout: 30000 } });
