/**
 * A federation runtime plugin that bounds how long loading a remote may take. Without it a remote that
 * accepts connections but never answers keeps its slot spinning for 20-60 s (the manifest fetch has no
 * timeout at all); with it the slot shows its fallback within seconds and the shopper can retry.
 */
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

/** Long enough for a slow mobile network to fetch a manifest or remoteEntry.js, short enough to not feel broken. */
export const remoteLoadTimeoutMs = 5_000;

export default function loadTimeoutPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: 'emporium-load-timeout',
    // mf-manifest.json
    fetch(url, init) {
      const timeout = AbortSignal.timeout(remoteLoadTimeoutMs);
      const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      return fetch(url, { ...init, signal });
    },
    // remoteEntry.js (and preloaded scripts): the runtime fails the load when the timeout passes.
    createScript({ url, attrs }) {
      const script = document.createElement('script');
      script.src = url;
      for (const [name, value] of Object.entries(attrs ?? {})) {
        if (name === 'async' || name === 'defer') script[name] = Boolean(value);
        else script.setAttribute(name, String(value));
      }
      return { script, timeout: remoteLoadTimeoutMs };
    },
  };
}
