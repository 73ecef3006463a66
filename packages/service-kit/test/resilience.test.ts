import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { freePort } from '@emporium/embedded-db';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { echoApp } from './helpers.ts';

const db = useTestDatabase(import.meta.url);

describe('an unreachable database degrades the service, never the process', () => {
  it('answers /health with 503 and a reason within the timeout, and data routes with 503', async () => {
    const app = await echoApp({ MONGODB_URI: 'mongodb://127.0.0.1:1/', MONGODB_TIMEOUT_MS: '500' });
    const t0 = Date.now();
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'down', reason: expect.any(String) } },
    });

    const data = await app.inject({ method: 'GET', url: '/activity-service/api/v1/things' });
    expect(data.statusCode).toBe(503);
    expect(data.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(data.headers['retry-after']).toBe('2');

    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    await app.close();
  });
});

describe('a database that is not there at start-up', () => {
  it('is used once it appears: the first failed connection does not leave the service stuck', async () => {
    // A port with nothing behind it yet; later a plain TCP forwarder to the test database opens on it.
    const port = await freePort();
    const target = new URL(db.uri);
    const app = await echoApp({ MONGODB_URI: `mongodb://127.0.0.1:${port}/`, MONGODB_TIMEOUT_MS: '300' });
    const sockets = new Set<Socket>();
    const forwarder = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => s.destroy());
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    try {
      // Long enough for the first connection attempt to fail (and the driver to close its topology).
      await new Promise((r) => setTimeout(r, 1000));
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);

      forwarder.listen(port, '127.0.0.1');
      await once(forwarder, 'listening');
      await expect
        .poll(async () => (await app.inject({ method: 'GET', url: '/health' })).statusCode, {
          timeout: 20_000,
          interval: 250,
        })
        .toBe(200);
    } finally {
      await app.close();
      for (const s of sockets) s.destroy();
      forwarder.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM finishes in-flight requests, refuses new ones, closes the database and exits 0', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [new URL('./fixtures/run-echo-service.ts', import.meta.url).pathname],
      {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          MONGODB_URI: db.uri,
          MONGODB_DATABASE: db.name,
          SHUTDOWN_GRACE_MS: '5000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`${base}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const inFlight = fetch(`${base}/activity-service/api/v1/sleep?ms=1500`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const refused = await fetch(`${base}/health/live`).then(
      (r) => r.status,
      (e: Error) => e.name,
    );
    const [code] = (await once(child, 'exit')) as [number | null];

    expect(await inFlight).toEqual({ status: 200, body: { slept: 1500 } });
    expect(refused).not.toBe(200);
    expect(code, output).toBe(0);
    expect(output).toContain('shutting down');
    expect(output).toContain('closed');
  });

  it('exits with a message naming the variable when the configuration is wrong', async () => {
    const child = spawn(
      process.execPath,
      [new URL('./fixtures/run-echo-service.ts', import.meta.url).pathname],
      {
        env: { ...process.env, MONGODB_URI: '', PORT: 'abc' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain('activity service cannot start');
    expect(stderr).toContain('MONGODB_URI is required but not set');
    expect(stderr).toContain('PORT must be integer (got "abc")');
  });
});
