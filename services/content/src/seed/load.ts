/**
 * Loads the seed content. Idempotent: each page, banner and FAQ is replaced by its seed version (ids are
 * derived from the seed, so `make seed` restores the content instead of duplicating it); with `ifEmpty`
 * nothing happens when the database has pages (so `make up` never overwrites an admin's edits).
 */
import { createHash } from 'node:crypto';
import { writeChunks } from '@emporium/service-kit';
import type { AnyBulkWriteOperation, Collection, Db, Document } from 'mongodb';
import type { BannerDocument } from '../banners/documents.ts';
import type { FaqDocument } from '../faqs/documents.ts';
import { searchTerms } from '../faqs/search.ts';
import { setupContentDatabase } from '../indexes.ts';
import type { PageDocument } from '../pages/documents.ts';
import type { SeedContent } from './seed-file.ts';

const dayMs = 24 * 60 * 60 * 1000;

export interface SeedResult {
  skipped: boolean;
  pages: number;
  banners: number;
  faqs: number;
}

/** A stable id from a seed key: the same seed entry always lands on the same document. */
const seedId = (kind: string, key: string) =>
  createHash('sha256').update(`${kind}:${key}`).digest('hex').slice(0, 16);

async function replaceAll<T extends Document>(collection: Collection<T>, docs: (T & { _id: string })[]) {
  const writes = docs.map(
    ({ _id, ...replacement }) =>
      ({ replaceOne: { filter: { _id }, replacement, upsert: true } }) as unknown as AnyBulkWriteOperation<T>,
  );
  for (const chunk of writeChunks(writes)) await collection.bulkWrite(chunk, { ordered: false });
}

export async function loadSeedContent(
  db: Db,
  seed: SeedContent,
  { ifEmpty = false, now = new Date() } = {},
): Promise<SeedResult> {
  await setupContentDatabase(db);
  const pages = db.collection<PageDocument>('pages');
  if (ifEmpty && (await pages.estimatedDocumentCount()) > 0) {
    return { skipped: true, pages: 0, banners: 0, faqs: 0 };
  }

  await replaceAll(
    pages,
    seed.pages.map((p) => {
      const status = p.status ?? 'published';
      return {
        _id: p.slug,
        title: p.title,
        summary: p.summary ?? '',
        body: p.body,
        seo: p.seo,
        status,
        publishedAt: status === 'published' ? now : null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
    }),
  );

  // Windows are whole hours relative to now, so they read naturally in the admin list.
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const relative = (days: number | null) => (days === null ? null : new Date(hour.getTime() + days * dayMs));
  await replaceAll(
    db.collection<BannerDocument>('banners'),
    seed.banners.map((b) => ({
      _id: seedId('banner', b.key),
      title: b.title,
      subtitle: b.subtitle,
      image: b.image,
      link: b.link,
      placement: b.placement,
      priority: b.priority,
      status: b.status,
      startsAt: relative(b.startsInDays),
      endsAt: relative(b.endsInDays),
      createdAt: now,
      updatedAt: now,
      version: 1,
    })),
  );

  const positions = new Map<string, number>();
  await replaceAll(
    db.collection<FaqDocument>('faqs'),
    seed.faqs.map((f) => {
      const position = f.position ?? (positions.get(f.category) ?? 0) + 10;
      positions.set(f.category, position);
      return {
        _id: seedId('faq', f.question),
        category: f.category,
        question: f.question,
        answer: f.answer,
        position,
        status: f.status ?? 'published',
        searchTerms: searchTerms([f.question, f.answer]),
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
    }),
  );
  return { skipped: false, pages: seed.pages.length, banners: seed.banners.length, faqs: seed.faqs.length };
}
