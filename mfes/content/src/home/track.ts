import { type Banner, track } from '@emporium/api';

/** A banner click, for the activity service's per-banner counts (page views come from the host). */
export function trackBannerClick(banner: Banner): void {
  track({
    type: 'click',
    domain: 'content',
    props: { target: 'banner', bannerId: banner.id, placement: banner.placement, link: banner.link },
  });
}
