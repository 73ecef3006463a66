/**
 * The remotes of this page, as the runtime configuration lists them, registered with the federation
 * runtime. Registration happens in the bootstrap, after the async boundary: registered earlier, an
 * unreachable manifest can blank the whole page (RUNTIME-003); here it only fails its own slot.
 */
import { fetchRuntimeConfig, type RemoteConfig, type RuntimeConfig } from '@emporium/api';
import type { RemoteName } from '@emporium/registry';
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { ComponentType } from 'react';

let remotes: RuntimeConfig['remotes'] = {};

// The runtime rewrites `entry` in place (to an absolute URL): hand it copies, keep the config intact.
const registration = (remote: RemoteConfig) => ({ name: remote.name, entry: remote.entry });

export function registerConfiguredRemotes(config: RuntimeConfig): void {
  remotes = { ...config.remotes };
  registerRemotes(Object.values(remotes).flatMap((remote) => (remote ? [registration(remote)] : [])));
}

/** The remote's configuration, or undefined when it is not deployed in this environment. */
export function configuredRemote(name: RemoteName): RemoteConfig | undefined {
  return remotes[name];
}

/**
 * For "Try again": reads the runtime configuration afresh (the remote may have been deployed or moved
 * since the page loaded) and re-registers the remote with `force`, which drops the runtime's cached
 * manifest and failed entry load, so the next load really goes back to the network.
 */
export async function refreshRemote(name: RemoteName): Promise<RemoteConfig | undefined> {
  let fresh: RemoteConfig | undefined;
  try {
    fresh = (await fetchRuntimeConfig()).remotes[name];
  } catch (error) {
    // The runtime configuration is unreachable too: retry the remote where it was.
    console.warn('Could not re-read the runtime configuration:', error);
    fresh = remotes[name];
  }
  remotes = { ...remotes, [name]: fresh };
  if (fresh) registerRemotes([registration(fresh)], { force: true });
  return fresh;
}

/** What a remote exposes for the host to render: its routed app, or the home page (content). */
export type ExposedView = './App' | './Home';

/** Loads a component the remote exposes (`./App` by default) for the host to render inside its router. */
export async function loadRemoteView(
  remote: RemoteConfig,
  view: ExposedView = './App',
): Promise<{ default: ComponentType }> {
  const id = `${remote.name}/${view.slice(2)}`;
  const module = await loadRemote<{ default?: ComponentType }>(id);
  if (!module || typeof module.default !== 'function') {
    throw new Error(`${id} has no default export to render`);
  }
  return { default: module.default };
}
