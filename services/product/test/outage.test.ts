import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RunningDatabase, startDatabase } from '@emporium/embedded-db';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../src/seed/load.ts';
import { readSeedCatalog } from '../src/seed/seed-file.ts';

// This test owns its database server: it stops it and starts it again under a running product service.
let db: RunningDatabase | undefined;
let service: ChildProcess | undefined;
const dataDir = await mkdtemp(join(tmpdir(), 'emporium-outage-'));

afterAll(async () => {
  service?.kill('SIGKILL');
  await db?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function timed(url: string): Promise<{ status: number; ms: number; body: Record<string, unknown> }> {
  const t0 = performance.now();
  const res = await fetch(url);
  return {
    status: res.status,
    ms: performance.now() - t0,
    body: (await res.json()) as Record<string, unknown>,
  };
}

describe('the product service through a database outage', () => {
  it('reports 503 quickly while the database is down, stays up, and recovers without a restart', async () => {
    const env = { ...process.env, EMPORIUM_DB: process.env.EMPORIUM_DB ?? 'ferretdb' };
    db = await startDatabase({ dataDir, port: 0, env });
    const dbPort = Number(new URL(db.uri).port);
    const client = new MongoClient(db.uri);
    await loadSeedCatalog(client.db('emporium_product'), await readSeedCatalog());
    await client.close();

    const port = await freePort();
    service = spawn(process.execPath, [new URL('../src/server.ts', import.meta.url).pathname], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        MONGODB_URI: db.uri,
        MONGODB_TIMEOUT_MS: '1500',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    const list = `${base}/product-service/api/v1/products?limit=3`;
    await expect
      .poll(
        () =>
          fetch(`${base}/health`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 15000 },
      )
      .toBe(200);
    expect((await timed(list)).status).toBe(200);

    await db.stop();
    const health = await timed(`${base}/health`);
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(4000);
    expect(health.body).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'down', reason: expect.any(String) } },
    });
    const during = await timed(list);
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(during.ms).toBeLessThan(4000);
    expect(service.exitCode).toBeNull();

    db = await startDatabase({ dataDir, port: dbPort, env });
    expect(db.uri).toContain(`:${dbPort}/`);
    await expect
      .poll(
        () =>
          fetch(list).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 20000, interval: 250 },
      )
      .toBe(200);
    expect((await timed(`${base}/health`)).status).toBe(200);
    expect(service.exitCode).toBeNull();
  });
});
