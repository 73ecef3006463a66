/**
 * Where to go after signing in: the `returnTo` query parameter when it is a path on this site, else
 * home. Anything else (another origin, `//evil.example`, a `javascript:` URL) is ignored, so a crafted
 * link cannot send a freshly signed-in shopper away; and the auth pages never return to themselves.
 */
import { mfe } from '@emporium/registry';
import { useSearchParams } from 'react-router';

const authRoute = mfe('auth').route;

export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  const path = value.split(/[?#]/, 1)[0] ?? '';
  if (path === authRoute || path.startsWith(`${authRoute}/`)) return '/';
  return value;
}

export function useReturnTo(): string {
  const [params] = useSearchParams();
  return safeReturnTo(params.get('returnTo'));
}

/** A path to another auth page that keeps `returnTo`, e.g. from login to signup. */
export function withReturnTo(path: string, returnTo: string): string {
  return returnTo === '/' ? path : `${path}?${new URLSearchParams({ returnTo })}`;
}
