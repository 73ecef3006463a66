/**
 * Where a remote renders: loaded lazily through the federation runtime, with a loading state, and a
 * fallback with a working "Try again" when it is down, hanging, broken or not deployed here.
 */
import type { RemoteConfig } from '@emporium/api';
import type { RemoteName } from '@emporium/registry';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useMemo, useState } from 'react';
import { configuredRemote, loadRemoteApp, refreshRemote } from '../federation/remotes.ts';
import { RemoteErrorBoundary } from './RemoteErrorBoundary.tsx';
import { RemoteFallback } from './RemoteFallback.tsx';
import { RemoteLoading } from './RemoteLoading.tsx';

/**
 * One lazy component per remote for the life of the page, so coming back to a remote renders it at once.
 * A failed load is dropped (React.lazy would remember the rejection forever), so the next visit or
 * "Try again" loads afresh.
 */
const lazyApps = new Map<string, LazyExoticComponent<ComponentType>>();

function lazyApp(remote: string, config: RemoteConfig): LazyExoticComponent<ComponentType> {
  let app = lazyApps.get(remote);
  if (!app) {
    app = lazy(() =>
      loadRemoteApp(config).catch((error: unknown) => {
        lazyApps.delete(remote);
        throw error;
      }),
    );
    lazyApps.set(remote, app);
  }
  return app;
}

export function RemoteSlot({ remote }: { remote: RemoteName }) {
  const [config, setConfig] = useState(() => configuredRemote(remote));
  const [attempt, setAttempt] = useState(0);
  const [retrying, setRetrying] = useState(false);

  // `attempt` re-reads the cache after a retry, which by then no longer holds the failed load.
  const RemoteApp = useMemo(() => (config ? lazyApp(remote, config) : null), [remote, config, attempt]);

  const retry = async () => {
    setRetrying(true);
    const fresh = await refreshRemote(remote);
    lazyApps.delete(remote);
    setConfig(fresh);
    setRetrying(false);
    setAttempt((n) => n + 1);
  };

  const fallback = <RemoteFallback remote={remote} retrying={retrying} onRetry={retry} />;
  if (!RemoteApp) return fallback;
  return (
    <RemoteErrorBoundary key={attempt} fallback={() => fallback}>
      <Suspense fallback={<RemoteLoading remote={remote} />}>
        <RemoteApp />
      </Suspense>
    </RemoteErrorBoundary>
  );
}
