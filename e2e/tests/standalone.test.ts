import { join } from 'node:path';
import { repoRoot } from '@emporium/embedded-db';
import { createStandaloneServer } from '@emporium/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const port = inject('standalonePort');
const browser = useBrowser();
let server: FastifyInstance;

beforeAll(async () => {
  // The remote on its own origin, calling the API across origins (CORS) as its dev server does.
  server = await createStandaloneServer({
    remote: 'products',
    mfesDir: join(repoRoot(), 'mfes'),
    apiOrigin: baseUrl,
  });
  await server.listen({ host: '127.0.0.1', port });
});
afterAll(async () => {
  await server?.close();
});

describe('the products micro frontend on its own', () => {
  it('runs standalone on its own port and reads the catalog across origins', async () => {
    const w = await openPage(browser());
    const apiCall = w.page.waitForResponse((r) =>
      r.url().startsWith(`${baseUrl}/product-service/api/v1/products`),
    );
    await w.page.goto(`http://127.0.0.1:${port}/products`);
    const response = await apiCall;
    expect(response.status()).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe(`http://127.0.0.1:${port}`);
    await expect.poll(() => w.page.getByTestId('product-card').count(), { timeout: 15000 }).toBe(24);
    // No host shell here: the remote is the whole page.
    expect(await w.page.getByRole('searchbox', { name: 'Search products' }).count()).toBe(0);
    await w.screenshot('products-standalone');
    expect(w.consoleErrors).toEqual([]);
  });
});
