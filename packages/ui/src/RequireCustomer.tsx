/**
 * Pages that are a signed-in customer's (orders, tickets): others see why, and a sign-in that brings them
 * back to the page they asked for. Waits for the start-up session restore, so a reload never flashes the
 * prompt.
 */
import { mfe } from '@emporium/registry';
import { useSession, useSessionResolved } from '@emporium/store';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { emptyStateStyles } from './EmptyState.tsx';
import { Loading } from './Loading.tsx';
import { Notice } from './Notice.tsx';

/** The auth MFE's sign-in page, which comes back to `returnTo` afterwards. */
export function loginPath(returnTo: string): string {
  return `${mfe('auth').route}/login?${new URLSearchParams({ returnTo })}`;
}

export function RequireCustomer({
  title,
  heading,
  why,
  alternative,
  children,
}: {
  title: string;
  heading: string;
  /** What signing in gives access to. */
  why: string;
  /** A quiet second way forward for signed-out visitors. */
  alternative?: { to: string; label: string };
  children: ReactNode;
}) {
  const session = useSession();
  const resolved = useSessionResolved();
  const location = useLocation();
  if (!resolved) {
    return <Loading>Loading…</Loading>;
  }
  if (session?.type === 'customer') return children;
  return (
    <Notice
      title={title}
      heading={heading}
      testId="sign-in-prompt"
      actions={
        <>
          <Link className={emptyStateStyles.primary} to={loginPath(`${location.pathname}${location.search}`)}>
            Sign in
          </Link>
          {alternative && (
            <Link className={emptyStateStyles.secondary} to={alternative.to}>
              {alternative.label}
            </Link>
          )}
        </>
      }
    >
      {why}
    </Notice>
  );
}
