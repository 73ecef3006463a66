import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devUsers } from '@emporium/dev-data';
import { freePort, portInUse } from '@emporium/embedded-db';
import { services } from '@emporium/registry';
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
    // Nine services start at once; on a small, busy machine that takes a while.
    await expect.poll(up.output, { timeout: 240_000, interval: 500 }).toContain('Emporium is running: open');
    const output = up.output();
    expect(output).toContain(`open http://localhost:${gatewayPort}`);
    expect(output).toMatch(/database\s+FerretDB 1\.24\.2/);

    // Every domain is seeded on the first run.
    expect(output).toMatch(/seeded \d+ products in \d+ categories/);
    expect(output).toMatch(/seeded \d+ dev accounts/);
    expect(output).toMatch(/seeded \d+ coupons \(WELCOME10/);
    expect(output).toMatch(/seeded \d+ pincodes/);
    expect(output).toMatch(/seeded \d+ pages, \d+ banners and \d+ FAQs/);
    expect(output).toMatch(/seeded \d+ reviews/);
    expect(output).toMatch(/seeded \d+ example tickets/);

    // All nine services run, each answering its own /health, and the dev accounts are printed.
    const printed = new Map(
      [...output.matchAll(/service\s+(\w+)\s+(http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => [m[1], m[2]]),
    );
    expect([...printed.keys()].sort()).toEqual(services.map((s) => s.name).sort());
    for (const [name, url] of printed) {
      const health = await fetch(`${url}/health`);
      expect(health.status, `${name} /health`).toBe(200);
      expect(((await health.json()) as { service: string }).service).toBe(name);
    }
    for (const user of Object.values(devUsers)) expect(output).toContain(`${user.email} / ${user.password}`);

    // Seeded data of the domains, read through the gateway as the browser apps do.
    const base = `http://127.0.0.1:${gatewayPort}`;
    const products = await fetch(`${base}/product-service/api/v1/products?limit=3`);
    expect(products.status).toBe(200);
    expect(((await products.json()) as { items: unknown[] }).items).toHaveLength(3);
    const banners = await fetch(`${base}/content-service/api/v1/banners`);
    expect(((await banners.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const pincode = await fetch(`${base}/logistics-service/api/v1/pincodes/560001`);
    expect(((await pincode.json()) as { serviceable: boolean }).serviceable).toBe(true);
    const login = await fetch(`${base}/user-service/api/v1/customer/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: devUsers.customer.email, password: devUsers.customer.password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const tickets = await fetch(`${base}/support-service/api/v1/tickets`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(((await tickets.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const page = await fetch(`${base}/products`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');

    const state = JSON.parse(await readFile(join(home, 'run', 'platform.json'), 'utf8')) as {
      childPids: number[];
    };
    expect(state.childPids.length).toBe(services.length + 1); // the services and the database

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
