import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type BaseConfig, baseConfigSchema, createService, loadConfig } from '../src/index.ts';
import { echoService } from './fixtures/echo-service.ts';

export function testConfig(env: Record<string, string>): BaseConfig {
  return loadConfig(baseConfigSchema('activity'), { LOG_LEVEL: 'info', ...env });
}

/** Collects log lines so tests can look at what a service logged. */
export function logCollector() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

export async function echoApp(env: Record<string, string>, logs = logCollector()): Promise<FastifyInstance> {
  const app = await createService(echoService, { config: testConfig(env), logger: { stream: logs.stream } });
  await app.ready();
  return app;
}
