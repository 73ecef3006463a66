import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remoteMap } from '@emporium/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, imageOrigins, isHtml } from '../src/headers.ts';
import { createGateway } from '../src/index.ts';

/** The policy as a map of directive -> sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy of the shop pages', () => {
  it('allows only the page origin when the API and the remotes are on it (the gateway, the Ingress)', () => {
    const policy = contentSecurityPolicy({ apiOrigin: '', remotes: remoteMap() });
    expect(policy).toBe(
      [
        "default-src 'self'",
        "script-src 'self'",
        "connect-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  it('allows exactly the API origin and the remote origins of the runtime config, nothing wider', () => {
    const policy = parse(
      contentSecurityPolicy({
        apiOrigin: 'https://api.shop.example/',
        remotes: remoteMap((name) =>
          name === 'cart' ? 'https://cart.cdn.example' : 'https://mfe.cdn.example',
        ),
      }),
    );
    expect(policy.get('connect-src')?.toSorted()).toEqual([
      "'self'",
      'https://api.shop.example',
      'https://cart.cdn.example',
      'https://mfe.cdn.example',
    ]);
    expect(policy.get('script-src')?.toSorted()).toEqual([
      "'self'",
      'https://cart.cdn.example',
      'https://mfe.cdn.example',
    ]);
    // No wildcard, no scheme-wide source, no inline script or eval anywhere.
    for (const sources of policy.values()) {
      for (const source of sources) {
        expect(source).not.toMatch(/\*|^https?:$|unsafe-eval/);
        if (source === "'unsafe-inline'") expect(policy.get('style-src')).toContain(source);
      }
    }
  });

  it('allows every image host the seed catalog and banners use', async () => {
    const servicesDir = join(import.meta.dirname, '..', '..', '..', 'services');
    const found = new Set<string>();
    for (const service of await readdir(servicesDir)) {
      const seedDir = join(servicesDir, service, 'src', 'seed');
      const files = await readdir(seedDir).catch(() => [] as string[]);
      for (const name of files.filter((f) => f.endsWith('.json'))) {
        const text = await readFile(join(seedDir, name), 'utf8');
        for (const [url] of text.matchAll(/https?:\/\/[^\s"')]+/g)) found.add(new URL(url).origin);
      }
    }
    const allowed = parse(contentSecurityPolicy({ apiOrigin: '', remotes: {} })).get('img-src') ?? [];
    for (const origin of found) expect(allowed, origin).toContain(origin);
    expect(imageOrigins.every((origin) => allowed.includes(origin))).toBe(true);
  });

  it('recognises HTML responses', () => {
    expect(isHtml('text/html; charset=utf-8')).toBe(true);
    expect(isHtml('application/javascript')).toBe(false);
    expect(isHtml(undefined)).toBe(false);
  });
});

describe('the gateway', () => {
  let mfesDir: string;
  let gateway: Awaited<ReturnType<typeof createGateway>>;

  beforeAll(async () => {
    mfesDir = await mkdtemp(join(tmpdir(), 'emporium-csp-'));
    await mkdir(join(mfesDir, 'host', 'dist'), { recursive: true });
    await writeFile(join(mfesDir, 'host', 'dist', 'index.html'), '<!doctype html><title>host</title>');
    await writeFile(join(mfesDir, 'host', 'dist', 'main.3fa9c1d2e4b5.js'), 'console.log("host")');
    gateway = await createGateway({
      mfesDir,
      runtimeConfig: { environment: 'test', apiOrigin: 'https://api.shop.example', remotes: {} },
    });
    await gateway.ready();
  });
  afterAll(async () => {
    await gateway.close();
    await rm(mfesDir, { recursive: true, force: true });
  });

  it('sends the policy of its runtime config with every page', async () => {
    for (const url of ['/', '/products/p-1', '/no/such/page']) {
      const res = await gateway.inject({ method: 'GET', url });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy'], url).toBe(
        contentSecurityPolicy({ apiOrigin: 'https://api.shop.example', remotes: {} }),
      );
    }
  });

  it('sends no policy with scripts and JSON, which it does not apply to', async () => {
    for (const url of ['/main.3fa9c1d2e4b5.js', '/runtime-config.json']) {
      const res = await gateway.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-security-policy'], url).toBeUndefined();
    }
  });
});
