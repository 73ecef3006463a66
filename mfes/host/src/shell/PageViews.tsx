/**
 * A page_view analytics event on every route change (batched by the API package's tracker), attributed to
 * the micro frontend that owns the route.
 */
import { track } from '@emporium/api';
import { type MfeName, remotes } from '@emporium/registry';
import { useEffect } from 'react';
import { useLocation } from 'react-router';

// Longest route first, so a nested route would win over its parent.
const byRoute = [...remotes()].sort((a, b) => b.route.length - a.route.length);

export function routeOwner(pathname: string): MfeName {
  const owner = byRoute.find(
    (remote) => pathname === remote.route || pathname.startsWith(`${remote.route}/`),
  );
  return owner?.name ?? 'host';
}

export function PageViews() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    track({ type: 'page_view', domain: routeOwner(pathname), path: `${pathname}${search}` });
  }, [pathname, search]);
  return null;
}
