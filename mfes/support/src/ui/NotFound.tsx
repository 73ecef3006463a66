/**
 * An address under /support that is not a page here. It only says so, and never redirects: while the
 * shell moves to another domain, this app can still render once with that domain's address, and a
 * redirect from here would pull the shopper back.
 */
import { emptyStateStyles, Notice } from '@emporium/ui';
import { Link, useLocation } from 'react-router';
import { paths } from '../paths.ts';

export function NotFound() {
  const { pathname } = useLocation();
  if (!pathname.startsWith(`${paths.help}/`)) return null;
  return (
    <Notice
      title="Page not found"
      heading="This help page doesn’t exist"
      testId="support-not-found"
      actions={
        <Link className={emptyStateStyles.primary} to={paths.help}>
          Go to the help center
        </Link>
      }
    >
      The link may be old or incomplete.
    </Notice>
  );
}
