/**
 * The registry's `calls` of each micro frontend are what its code really calls: read from the API
 * package's functions each MFE imports (its only way to reach a service), so the list cannot drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mfes } from '../src/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** The API package's calling functions and the service each reaches. */
const reaches: Record<string, string[]> = {
  productsApi: ['product'],
  reviewsApi: ['reviews'],
  cartApi: ['cart'],
  refreshCartCount: ['cart'],
  ordersApi: ['order'],
  logisticsApi: ['logistics'],
  contentApi: ['content'],
  supportApi: ['support'],
  userApi: ['user'],
  signIn: ['user'],
  logout: ['user'],
  restoreSession: ['user'],
  track: ['activity'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

function servicesCalledBy(name: string): string[] {
  const called = new Set<string>();
  for (const source of sources(join(root, 'mfes', name, 'src'))) {
    for (const match of source.matchAll(/import \{([^}]*)\} from '@emporium\/api'/g)) {
      for (const raw of (match[1] ?? '').split(',')) {
        const imported = raw.trim();
        if (imported.startsWith('type ')) continue;
        for (const service of reaches[imported] ?? []) called.add(service);
      }
    }
    // The account client reaches the user service, and the product service for a wishlist's products.
    if (/\baccountApi\.\w+\(/.test(source)) called.add('user');
    if (/\baccountApi\.wishlistProducts\(/.test(source)) called.add('product');
  }
  return [...called].sort();
}

describe('micro frontend calls', () => {
  for (const m of mfes) {
    it(`${m.name} declares exactly the services its code calls`, () => {
      expect([...m.calls].sort()).toEqual(servicesCalledBy(m.name));
    });
  }
});
