/**
 * The host's runtime configuration in the local run (the registry's RuntimeConfig): same-origin API and
 * the remotes that are built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type RemoteEntry, type RemoteName, type RuntimeConfig, remoteMap } from '@emporium/registry';

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
