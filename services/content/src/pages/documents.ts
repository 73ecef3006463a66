/** How pages are stored (the slug is the _id), and how a stored page becomes an API response. */
import type { Status } from '../schemas/common.ts';
import type { AdminPageBody, BlockBody, PublicPageBody, SeoBody } from '../schemas/pages.ts';

export interface PageDocument {
  _id: string;
  title: string;
  summary: string;
  body: BlockBody[];
  seo: SeoBody;
  status: Status;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function toPublicPage(doc: PageDocument): PublicPageBody {
  return {
    slug: doc._id,
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    seo: doc.seo,
    // A published page always has one; updatedAt is the fallback for data written by hand.
    publishedAt: (doc.publishedAt ?? doc.updatedAt).toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export function toAdminPage(doc: PageDocument): AdminPageBody {
  return {
    slug: doc._id,
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    seo: doc.seo,
    status: doc.status,
    publishedAt: doc.publishedAt?.toISOString() ?? null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    version: doc.version,
  };
}
