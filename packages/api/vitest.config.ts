import { defineProject } from 'vitest/config';

// The client runs in Node here (fetch is built in) against a real node:http server per test file.
export default defineProject({ test: { name: 'api', environment: 'node' } });
