/**
 * The one-bundle build's stand-in for the host's loader module (mfes/host/src/federation/remotes.ts):
 * the same exports, but a remote's view is a dynamic import() of the remote's exposed source file,
 * resolved by webpack at build time, instead of a federation `loadRemote` at runtime. Each view stays its
 * own chunk, loaded when its route renders, so only the composition differs from the shipped build.
 * The runtime configuration still decides which remotes count as deployed (the header's links and the
 * fallbacks behave the same).
 */
import type { RemoteEntry, RemoteName, RuntimeConfig } from '@emporium/registry';
import { exposedViews } from 'emporium-one-bundle/exposed-views';

/** A React component, typed loosely: the bench has no React types, and esbuild does not check them. */
type ComponentType = (props: Record<string, never>) => unknown;

let remotes: RuntimeConfig['remotes'] = {};

export function registerConfiguredRemotes(config: RuntimeConfig): void {
  remotes = { ...config.remotes };
}

export function configuredRemote(name: RemoteName): RemoteEntry | undefined {
  return remotes[name];
}

/** Nothing to re-read: the remote is part of this bundle, and a failed chunk load is retried by import(). */
export async function refreshRemote(name: RemoteName): Promise<RemoteEntry | undefined> {
  return remotes[name];
}

export type ExposedView = './App' | './Home';

export async function loadRemoteView(
  remote: RemoteEntry,
  view: ExposedView = './App',
): Promise<{ default: ComponentType }> {
  const id = `${remote.name}/${view.slice(2)}`;
  const load = exposedViews[id];
  if (!load) throw new Error(`${id} is not exposed by any remote in this build`);
  const module = await load();
  if (typeof module.default !== 'function') throw new Error(`${id} has no default export to render`);
  return { default: module.default as ComponentType };
}
