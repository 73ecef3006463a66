/** How banners are stored, and how a stored banner becomes an API response. */
import { badRequest } from '@emporium/service-kit';
import type { BannerBody, PublicBannerBody } from '../schemas/banners.ts';
import type { Status } from '../schemas/common.ts';

export interface BannerDocument {
  _id: string;
  title: string;
  subtitle: string;
  image: { url: string; alt: string } | null;
  link: string;
  placement: string;
  priority: number;
  status: Status;
  /** null: no start (shows as soon as published). */
  startsAt: Date | null;
  /** null: no end. */
  endsAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function toPublicBanner(doc: BannerDocument): PublicBannerBody {
  return {
    id: doc._id,
    title: doc.title,
    subtitle: doc.subtitle,
    image: doc.image,
    link: doc.link,
    placement: doc.placement,
    priority: doc.priority,
  };
}

export function toBanner(doc: BannerDocument): BannerBody {
  return {
    ...toPublicBanner(doc),
    status: doc.status,
    startsAt: doc.startsAt?.toISOString() ?? null,
    endsAt: doc.endsAt?.toISOString() ?? null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    version: doc.version,
  };
}

export const toDate = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);

/** A window that ends before (or when) it starts would never show: refuse it. */
export function checkWindow(startsAt: Date | null, endsAt: Date | null): void {
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) {
    throw badRequest('INVALID_WINDOW', 'endsAt must be after startsAt', [
      { in: 'body', path: '/endsAt', message: 'must be after startsAt' },
    ]);
  }
}
