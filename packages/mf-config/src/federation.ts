/**
 * The Module Federation options of one micro frontend, derived from its registry name: container name,
 * entry file, manifest, exposes and the shared singletons. Remote URLs are never part of a build: the host
 * registers remotes at runtime from its runtime configuration.
 */
import { federationName, type MfeName } from '@emporium/registry';
import type { moduleFederationPlugin } from '@module-federation/enhanced';
import { type SharedSingleton, sharedSingletons } from './shared.ts';

export interface FederationInput {
  mfe: MfeName;
  /** The MFE's folder (mfes/<name>), where its node_modules are. */
  dir: string;
  /** Modules the MFE offers to the host, for example `{ './App': './src/App.tsx' }`. */
  exposes?: Record<string, string>;
  /** Paths of federation runtime plugins (the host's load timeouts). */
  runtimePlugins?: string[];
}

export type FederationOptions = moduleFederationPlugin.ModuleFederationPluginOptions & {
  name: string;
  filename: string;
  shared: Record<string, SharedSingleton>;
};

export function federationOptions(input: FederationInput): FederationOptions {
  return {
    name: federationName(input.mfe),
    filename: 'remoteEntry.js',
    exposes: input.exposes ?? {},
    shared: sharedSingletons(input.dir),
    // mf-manifest.json lets the runtime see a remote's shared modules and assets before running its entry.
    manifest: true,
    // Type generation would fetch remotes' types during builds and never fail them; types come from packages/.
    dts: false,
    // Less federation runtime in every entry: browser code only (no Node loaders), and in remotes, which
    // load no remotes of their own, no remote-loading code (the host's runtime loads the remotes).
    experiments: {
      optimization: { target: 'web', ...(input.mfe === 'host' ? {} : { disableRemote: true }) },
    },
    ...(input.runtimePlugins?.length ? { runtimePlugins: input.runtimePlugins } : {}),
  };
}
