/**
 * Reads the runtime configuration (the registry's RuntimeConfig) every page starts from, never from a
 * cache, tolerating missing fields so an older config never breaks a newer page.
 */
import type { RemoteEntry, RuntimeConfig } from '@emporium/registry';

export type { RuntimeConfig };
export type RemoteConfig = RemoteEntry;

export async function fetchRuntimeConfig(url = '/runtime-config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json()) as Partial<RuntimeConfig>;
  return {
    environment: typeof body.environment === 'string' ? body.environment : 'unknown',
    apiOrigin: typeof body.apiOrigin === 'string' ? body.apiOrigin : '',
    remotes: typeof body.remotes === 'object' && body.remotes !== null ? body.remotes : {},
  };
}
