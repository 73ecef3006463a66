/** Browser analytics events as the activity service takes them (services/activity/src/schemas.ts). */
import type { MfeName } from '@emporium/registry';

export const activityEventTypes = [
  'page_view',
  'product_view',
  'search',
  'add_to_cart',
  'remove_from_cart',
  'checkout_started',
  'click',
] as const;

export type ActivityEventType = (typeof activityEventTypes)[number];

/** Flat: up to 16 keys (`^[A-Za-z][A-Za-z0-9_]{0,39}$`), strings up to 256 characters. */
export type ActivityProps = Record<string, string | number | boolean>;

export interface TrackInput {
  type: ActivityEventType;
  /** The micro frontend the event happened in. */
  domain: MfeName;
  /** The page, starting with '/'; the current page's path and query when left out. */
  path?: string;
  props?: ActivityProps;
}

export interface ActivityEvent {
  type: ActivityEventType;
  domain: MfeName;
  path: string;
  /** ISO 8601, when it happened (not when it was sent). */
  at: string;
  props?: ActivityProps;
}
