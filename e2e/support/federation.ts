/**
 * What the built apps' mf-manifest.json files say about shared modules: which files hold each app's own
 * copy of, say, React. Every app ships a fallback copy (so it runs standalone); a page should download one.
 */
import { platformRuntimeConfig } from './topology.ts';

export interface SharedAsset {
  /** The app whose copy this file is ('host' or a remote's name). */
  mfe: string;
  /** The shared module, for example 'react-dom/client'. */
  module: string;
}

/** Absolute asset URL -> whose copy of which shared module, for the given modules, across every app. */
export async function sharedAssets(
  baseUrl: string,
  modules: readonly string[],
): Promise<Map<string, SharedAsset>> {
  const wanted = new Set(modules);
  const config = await platformRuntimeConfig(baseUrl);
  const manifests: [string, string][] = [
    ['host', `${baseUrl}/mf-manifest.json`],
    ...Object.entries(config.remotes).map(
      ([name, remote]) => [name, new URL(remote?.entry ?? '', baseUrl).href] as [string, string],
    ),
  ];
  const assets = new Map<string, SharedAsset>();
  for (const [mfe, manifestUrl] of manifests) {
    const res = await fetch(manifestUrl);
    if (!res.ok) throw new Error(`${manifestUrl} answered ${res.status}`);
    const manifest = (await res.json()) as {
      shared: { name: string; assets: { js: { sync: string[]; async: string[] } } }[];
    };
    for (const shared of manifest.shared) {
      if (!wanted.has(shared.name)) continue;
      for (const file of [...shared.assets.js.sync, ...shared.assets.js.async]) {
        assets.set(new URL(file, manifestUrl).href, { mfe, module: shared.name });
      }
    }
  }
  return assets;
}
