/** The FAQ repository: public reads and search, categories with counts, admin CRUD. */
import { DocumentLocks } from '@emporium/service-kit';
import type { Collection, Db, Filter } from 'mongodb';
import { newId } from '../ids.ts';
import type { Status } from '../schemas/common.ts';
import type {
  CreateFaqBody,
  FaqBody,
  FaqCategoryBody,
  FaqQuery,
  PublicFaqBody,
  UpdateFaqBody,
} from '../schemas/faqs.ts';
import { deleteVersioned, updateVersioned } from '../versioning.ts';
import { categoryName, categoryOrder, type FaqDocument, toFaq, toPublicFaq } from './documents.ts';
import { searchFilter, searchTerms } from './search.ts';

const maxAdminList = 1000;

export class Faqs {
  readonly faqs: Collection<FaqDocument>;

  readonly #locks: DocumentLocks;

  constructor(db: Db) {
    this.#locks = new DocumentLocks(db);
    this.faqs = db.collection<FaqDocument>('faqs');
  }

  /** Published FAQs of a category and/or matching a search, in display order. */
  async listPublished(query: FaqQuery): Promise<PublicFaqBody[]> {
    const clauses: Filter<FaqDocument>[] = [{ status: 'published' }];
    if (query.category !== undefined) clauses.push({ category: query.category });
    if (query.q !== undefined) {
      const search = searchFilter(query.q);
      // Nothing searchable ("the", "!!"): nothing matches, rather than everything.
      if (!search) return [];
      clauses.push(search as Filter<FaqDocument>);
    }
    const docs = await this.faqs
      .find({ $and: clauses }, { projection: { searchTerms: 0 } })
      .sort({ category: 1, position: 1, _id: 1 })
      .limit(query.limit ?? 100)
      .toArray();
    return docs.map(toPublicFaq);
  }

  /** Categories with published FAQs, the known ones first in help-center order. */
  async categories(): Promise<FaqCategoryBody[]> {
    const counts = await this.faqs
      .aggregate<{ _id: string; count: number }>([
        { $match: { status: 'published' } },
        // $group with $sum is supported by MongoDB and FerretDB alike.
        { $group: { _id: '$category', count: { $sum: 1 } } },
      ])
      .toArray();
    const rank = (slug: string) => {
      const i = categoryOrder.indexOf(slug);
      return i === -1 ? categoryOrder.length : i;
    };
    return counts
      .sort((a, b) => rank(a._id) - rank(b._id) || a._id.localeCompare(b._id))
      .map((c) => ({ slug: c._id, name: categoryName(c._id), count: c.count }));
  }

  async list(query: { category?: string; status?: Status }): Promise<FaqBody[]> {
    const filter: Filter<FaqDocument> = {};
    if (query.category !== undefined) filter.category = query.category;
    if (query.status !== undefined) filter.status = query.status;
    const docs = await this.faqs
      .find(filter, { projection: { searchTerms: 0 } })
      .sort({ category: 1, position: 1, _id: 1 })
      .limit(maxAdminList)
      .toArray();
    return docs.map(toFaq);
  }

  async get(id: string): Promise<FaqBody | undefined> {
    const doc = await this.faqs.findOne({ _id: id });
    return doc ? toFaq(doc) : undefined;
  }

  async create(input: CreateFaqBody, now = new Date()): Promise<FaqBody> {
    const doc: FaqDocument = {
      _id: newId(),
      category: input.category,
      question: input.question,
      answer: input.answer,
      position: input.position ?? 0,
      status: input.status ?? 'draft',
      searchTerms: searchTerms([input.question, input.answer]),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.faqs.insertOne(doc);
    return toFaq(doc);
  }

  async update(
    id: string,
    { version: _, ...patch }: UpdateFaqBody,
    expected: number,
    now = new Date(),
  ): Promise<FaqBody | undefined> {
    const doc = await updateVersioned(this.#locks, this.faqs, id, expected, (current) => ({
      ...patch,
      searchTerms: searchTerms([patch.question ?? current.question, patch.answer ?? current.answer]),
      updatedAt: now,
    }));
    return doc ? toFaq(doc) : undefined;
  }

  async delete(id: string, expected: number | undefined): Promise<boolean> {
    return deleteVersioned(this.#locks, this.faqs, id, expected);
  }
}
