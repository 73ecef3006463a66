/**
 * What each remote exposes to the host, read from the remote's own production build (dist/mf-stats.json,
 * which `make build` writes): the federation id the host loads (`mfe_products/App`) and the source file
 * behind it. The one-bundle build imports exactly these files, so it composes what the runtime build
 * composes, and a new expose in a remote's webpack.config.ts shows up here without an edit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remotes } from '@emporium/registry';

export interface ExposedModule {
  /** The id the host's loader asks for: `<federation name>/<expose>`, e.g. `mfe_content/Home`. */
  id: string;
  /** Absolute path of the exposed source module. */
  file: string;
}

interface FederationStats {
  name: string;
  exposes: { name: string; file: string }[];
}

export function exposedModules(mfesDir: string): ExposedModule[] {
  return remotes().flatMap((remote) => {
    const dir = join(mfesDir, remote.name);
    const statsFile = join(dir, 'dist', 'mf-stats.json');
    if (!existsSync(statsFile)) {
      throw new Error(`mfes/${remote.name} is not built (no dist/mf-stats.json): run \`make build\` first`);
    }
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as FederationStats;
    return stats.exposes.map((expose) => ({
      id: `${stats.name}/${expose.name}`,
      file: join(dir, expose.file),
    }));
  });
}
