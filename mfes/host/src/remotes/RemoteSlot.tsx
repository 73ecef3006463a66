/**
 * Where a remote renders: loaded lazily through the federation runtime, with a loading state, and a
 * fallback with a working "Try again" when it is down, hanging, broken or not deployed here.
 */
import type { RemoteConfig } from '@emporium/api';
import type { RemoteName } from '@emporium/registry';
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  useMemo,
  useState,
} from 'react';
import { configuredRemote, type ExposedView, loadRemoteView, refreshRemote } from '../federation/remotes.ts';
import { RemoteErrorBoundary } from './RemoteErrorBoundary.tsx';
import { RemoteFallback } from './RemoteFallback.tsx';
import { RemoteLoading } from './RemoteLoading.tsx';

/**
 * One lazy component per remote view for the life of the page, so coming back to it renders at once.
 * A failed load is dropped (React.lazy would remember the rejection forever), so the next visit or
 * "Try again" loads afresh.
 */
const lazyViews = new Map<string, LazyExoticComponent<ComponentType>>();

function lazyView(key: string, config: RemoteConfig, view: ExposedView): LazyExoticComponent<ComponentType> {
  let component = lazyViews.get(key);
  if (!component) {
    component = lazy(() =>
      loadRemoteView(config, view).catch((error: unknown) => {
        lazyViews.delete(key);
        throw error;
      }),
    );
    lazyViews.set(key, component);
  }
  return component;
}

interface Props {
  remote: RemoteName;
  /** The exposed module to render; './App' (the remote's routes) unless told otherwise. */
  view?: ExposedView;
  /**
   * What to show when the remote is unavailable, instead of the standard notice; it gets the retry.
   * The home page uses it to keep a shop front when the content remote is down.
   */
  fallback?: (retry: { retrying: boolean; onRetry: () => void }) => ReactNode;
}

export function RemoteSlot({ remote, view = './App', fallback }: Props) {
  const key = `${remote}/${view}`;
  const [config, setConfig] = useState(() => configuredRemote(remote));
  const [attempt, setAttempt] = useState(0);
  const [retrying, setRetrying] = useState(false);

  // `attempt` re-reads the cache after a retry, which by then no longer holds the failed load.
  const RemoteView = useMemo(
    () => (config ? lazyView(key, config, view) : null),
    [key, config, view, attempt],
  );

  const retry = async () => {
    setRetrying(true);
    const fresh = await refreshRemote(remote);
    lazyViews.delete(key);
    setConfig(fresh);
    setRetrying(false);
    setAttempt((n) => n + 1);
  };

  const unavailable = fallback ? (
    fallback({ retrying, onRetry: retry })
  ) : (
    <RemoteFallback remote={remote} retrying={retrying} onRetry={retry} />
  );
  if (!RemoteView) return unavailable;
  return (
    <RemoteErrorBoundary key={attempt} fallback={() => unavailable}>
      <Suspense fallback={<RemoteLoading remote={remote} />}>
        <RemoteView />
      </Suspense>
    </RemoteErrorBoundary>
  );
}
