/** The pages repository: every read and write the page routes make. */
import { conflict, DocumentLocks, isDuplicateKey } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import type { AdminPageBody, CreatePageBody, PublicPageBody, UpdatePageBody } from '../schemas/pages.ts';
import { deleteVersioned, updateVersioned } from '../versioning.ts';
import { type PageDocument, toAdminPage, toPublicPage } from './documents.ts';

export class Pages {
  readonly pages: Collection<PageDocument>;

  readonly #locks: DocumentLocks;

  constructor(db: Db) {
    this.#locks = new DocumentLocks(db);
    this.pages = db.collection<PageDocument>('pages');
  }

  async listPublished(): Promise<{ slug: string; title: string; summary: string }[]> {
    const docs = await this.pages
      .find({ status: 'published' }, { projection: { title: 1, summary: 1 } })
      .sort({ _id: 1 })
      .toArray();
    return docs.map((d) => ({ slug: d._id, title: d.title, summary: d.summary }));
  }

  async getPublished(slug: string): Promise<PublicPageBody | undefined> {
    const doc = await this.pages.findOne({ _id: slug, status: 'published' });
    return doc ? toPublicPage(doc) : undefined;
  }

  async listAll(): Promise<AdminPageBody[]> {
    const docs = await this.pages.find().sort({ _id: 1 }).toArray();
    return docs.map(toAdminPage);
  }

  async get(slug: string): Promise<AdminPageBody | undefined> {
    const doc = await this.pages.findOne({ _id: slug });
    return doc ? toAdminPage(doc) : undefined;
  }

  async create(input: CreatePageBody, now = new Date()): Promise<AdminPageBody> {
    const status = input.status ?? 'draft';
    const doc: PageDocument = {
      _id: input.slug,
      title: input.title,
      summary: input.summary ?? '',
      body: input.body,
      seo: input.seo,
      status,
      publishedAt: status === 'published' ? now : null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    try {
      await this.pages.insertOne(doc);
    } catch (err) {
      if (isDuplicateKey(err)) {
        throw conflict('PAGE_EXISTS', `A page with slug "${input.slug}" already exists`);
      }
      throw err;
    }
    return toAdminPage(doc);
  }

  /** Undefined when there is no such page; 409 VERSION_CONFLICT when `expected` is stale. */
  async update(
    slug: string,
    { version: _, ...patch }: UpdatePageBody,
    expected: number,
    now = new Date(),
  ): Promise<AdminPageBody | undefined> {
    const doc = await updateVersioned(this.#locks, this.pages, slug, expected, (current) => ({
      ...patch,
      updatedAt: now,
      // Each publication is dated; unpublishing keeps the date of the last one for the admin list.
      ...(patch.status === 'published' && current.status !== 'published' ? { publishedAt: now } : {}),
    }));
    return doc ? toAdminPage(doc) : undefined;
  }

  async delete(slug: string, expected: number | undefined): Promise<boolean> {
    return deleteVersioned(this.#locks, this.pages, slug, expected);
  }
}
