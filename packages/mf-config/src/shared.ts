/**
 * The modules every micro frontend shares as singletons: one React, one router, one HTTP client for the
 * whole page. Two copies of React break hooks; two routers lose the host's location; two API clients
 * lose the configured origin and the token refresh that must happen once for all callers; two stores lose
 * the session and the cart count the host shows.
 *
 * `requiredVersion` is always explicit: package.json says `catalog:` or `workspace:*`, which the federation
 * plugin cannot read as a semver range (it would silently skip the check). The installed version is the
 * truth, so it is read from the MFE's own node_modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Packages shared as singletons; the trailing-slash entries share their subpaths (react/jsx-runtime, react-dom/client). */
export const singletonPackages = [
  'react',
  'react-dom',
  'react-router',
  '@emporium/api',
  '@emporium/store',
] as const;
const subpathShared = ['react', 'react-dom'] as const;

export interface SharedSingleton {
  singleton: true;
  requiredVersion: string;
}

/** The version of a dependency as installed for the MFE in `dir` (pnpm links direct dependencies there). */
export function installedVersion(dir: string, pkg: string): string {
  const manifest = join(dir, 'node_modules', pkg, 'package.json');
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
  } catch {
    throw new Error(
      `${pkg} is shared by every micro frontend, so ${dir}/package.json must depend on it (then pnpm install)`,
    );
  }
  if (typeof version !== 'string' || version === '') throw new Error(`${manifest} has no version`);
  return version;
}

export function sharedSingletons(dir: string): Record<string, SharedSingleton> {
  const shared: Record<string, SharedSingleton> = {};
  for (const pkg of singletonPackages) {
    // A caret range: a remote built against a newer patch or minor still shares the host's copy.
    shared[pkg] = { singleton: true, requiredVersion: `^${installedVersion(dir, pkg)}` };
  }
  for (const pkg of subpathShared) {
    shared[`${pkg}/`] = { singleton: true, requiredVersion: `^${installedVersion(dir, pkg)}` };
  }
  return shared;
}
