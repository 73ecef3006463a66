/**
 * Cache rules for micro-frontend assets, the same ones the nginx images apply in a cluster:
 * content-hashed files never change, so browsers keep them a year; the files that point at them
 * (remoteEntry.js, mf-manifest.json, index.html) and the runtime config are never cached, so a deploy
 * is seen on the next page load and no stale remote entry outlives it.
 */
import { basename } from 'node:path';

export const neverCached = new Set([
  'remoteEntry.js',
  'mf-manifest.json',
  'mf-stats.json',
  'index.html',
  'runtime-config.json',
]);
const hashed = /[.-][0-9a-f]{8,}\.(?:js|css|mjs|map|woff2?|svg|png|jpe?g|webp|avif|gif|ico|txt)$/;

export function cacheControlFor(path: string): string {
  const file = basename(path);
  if (neverCached.has(file)) return 'no-store';
  if (hashed.test(file)) return 'public, max-age=31536000, immutable';
  // Anything else (unhashed images, robots.txt): short and revalidated.
  return 'public, max-age=300, must-revalidate';
}
