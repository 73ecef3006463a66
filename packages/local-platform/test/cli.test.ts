import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, portInUse } from '@emporium/embedded-db';
import { afterAll, describe, expect, it } from 'vitest';

const cli = new URL('../src/cli.ts', import.meta.url).pathname;
const home = await mkdtemp(join(tmpdir(), 'emporium-cli-'));
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await rm(home, { recursive: true, force: true });
});

function run(command: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [cli, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c) => (out += c));
  child.stderr?.on('data', (c) => (out += c));
  return { child, output: () => out };
}

describe('make up / make down', () => {
  it('starts the platform, prints the URL to open, and stops everything it started', async () => {
    const gatewayPort = await freePort();
    const env = {
      ...process.env,
      GATEWAY_PORT: String(gatewayPort),
      DB_PORT: String(await freePort()),
      EMPORIUM_DATA_DIR: join(home, 'data'),
      EMPORIUM_STATE_DIR: join(home, 'run'),
      EMPORIUM_SERVICE_PORTS: 'free',
      LOG_LEVEL: 'warn',
    };
    const up = run('up', env);
    await expect.poll(up.output, { timeout: 60_000, interval: 200 }).toContain('Emporium is running: open');
    expect(up.output()).toContain(`open http://localhost:${gatewayPort}`);
    expect(up.output()).toMatch(/database\s+FerretDB 1\.24\.2/);
    expect(up.output()).toMatch(/seeded \d+ products/);

    const base = `http://127.0.0.1:${gatewayPort}`;
    const products = await fetch(`${base}/product-service/api/v1/products?limit=3`);
    expect(products.status).toBe(200);
    expect(((await products.json()) as { items: unknown[] }).items).toHaveLength(3);
    const page = await fetch(`${base}/products`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');

    const state = JSON.parse(await readFile(join(home, 'run', 'platform.json'), 'utf8')) as {
      childPids: number[];
    };
    expect(state.childPids.length).toBeGreaterThanOrEqual(2);

    const again = run('up', env);
    expect((await once(again.child, 'exit'))[0]).toBe(1);
    expect(again.output()).toContain('already running');

    const down = run('down', env);
    expect((await once(down.child, 'exit'))[0]).toBe(0);
    expect(down.output()).toContain(`Stopped the platform that ran at http://localhost:${gatewayPort}`);
    expect(up.child.exitCode ?? (await once(up.child, 'exit'))[0]).toBe(0);
    expect(up.output()).toContain('stopped.');

    expect(await portInUse(gatewayPort)).toBe(false);
    for (const pid of state.childPids)
      expect(() => process.kill(pid, 0), `pid ${pid} still running`).toThrow();
    expect(existsSync(join(home, 'run', 'platform.json'))).toBe(false);
  });
});
