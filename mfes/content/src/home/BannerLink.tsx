import type { Banner } from '@emporium/api';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { trackBannerClick } from './track.ts';

/**
 * A banner's link. Banner links are paths on this site (the service accepts nothing else), so the
 * shared router follows them without a page load, into whichever micro frontend owns the path.
 */
export function BannerLink({
  banner,
  className,
  children,
}: {
  banner: Banner;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link to={banner.link} className={className} onClick={() => trackBannerClick(banner)}>
      {children}
    </Link>
  );
}
