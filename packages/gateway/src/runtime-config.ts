/**
 * The host's runtime configuration: where the API is and which remotes exist in this environment.
 * Read by the host at start (never cached), so one build runs in every environment.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type RemoteEntry, type RemoteName, remoteMap } from '@emporium/registry';

export interface RuntimeConfig {
  environment: string;
  /** '' when the API is on the same origin as the page. */
  apiOrigin: string;
  remotes: Partial<Record<RemoteName, RemoteEntry>>;
}

/** Only remotes that are built (have a manifest) are announced; the host shows a fallback for the others. */
export function localRuntimeConfig(
  distOf: (mfe: RemoteName) => string,
  environment = 'local',
): RuntimeConfig {
  const remotes: Partial<Record<RemoteName, RemoteEntry>> = {};
  for (const [name, entry] of Object.entries(remoteMap()) as [RemoteName, RemoteEntry][]) {
    if (existsSync(join(distOf(name), 'mf-manifest.json'))) remotes[name] = entry;
  }
  return { environment, apiOrigin: '', remotes };
}
