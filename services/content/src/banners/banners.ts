/** The banners repository. Shoppers get only published banners whose window contains "now". */
import { DocumentLocks } from '@emporium/service-kit';
import type { Collection, Db, Filter } from 'mongodb';
import { newId } from '../ids.ts';
import type { BannerBody, CreateBannerBody, PublicBannerBody, UpdateBannerBody } from '../schemas/banners.ts';
import type { Status } from '../schemas/common.ts';
import { deleteVersioned, updateVersioned } from '../versioning.ts';
import { type BannerDocument, checkWindow, toBanner, toDate, toPublicBanner } from './documents.ts';

// A placement never holds more than a carousel's worth; the bound keeps the response small regardless.
const maxLive = 50;
const maxAdminList = 500;

/** Published and inside the window at `now`; a missing bound is open-ended. */
export function liveFilter(now: Date, placement?: string): Filter<BannerDocument> {
  return {
    status: 'published',
    ...(placement !== undefined ? { placement } : {}),
    $and: [
      { $or: [{ startsAt: null }, { startsAt: { $lte: now } }] },
      { $or: [{ endsAt: null }, { endsAt: { $gt: now } }] },
    ],
  };
}

export class Banners {
  readonly banners: Collection<BannerDocument>;

  readonly #locks: DocumentLocks;

  constructor(db: Db) {
    this.#locks = new DocumentLocks(db);
    this.banners = db.collection<BannerDocument>('banners');
  }

  async listLive(placement: string | undefined, now = new Date()): Promise<PublicBannerBody[]> {
    const docs = await this.banners
      .find(liveFilter(now, placement))
      .sort({ priority: -1, _id: 1 })
      .limit(maxLive)
      .toArray();
    return docs.map(toPublicBanner);
  }

  async list(query: { placement?: string; status?: Status }): Promise<BannerBody[]> {
    const filter: Filter<BannerDocument> = {};
    if (query.placement !== undefined) filter.placement = query.placement;
    if (query.status !== undefined) filter.status = query.status;
    const docs = await this.banners
      .find(filter)
      .sort({ placement: 1, priority: -1, _id: 1 })
      .limit(maxAdminList)
      .toArray();
    return docs.map(toBanner);
  }

  async get(id: string): Promise<BannerBody | undefined> {
    const doc = await this.banners.findOne({ _id: id });
    return doc ? toBanner(doc) : undefined;
  }

  async create(input: CreateBannerBody, now = new Date()): Promise<BannerBody> {
    const startsAt = toDate(input.startsAt);
    const endsAt = toDate(input.endsAt);
    checkWindow(startsAt, endsAt);
    const doc: BannerDocument = {
      _id: newId(),
      title: input.title,
      subtitle: input.subtitle ?? '',
      image: input.image,
      link: input.link,
      placement: input.placement,
      priority: input.priority ?? 0,
      status: input.status ?? 'draft',
      startsAt,
      endsAt,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.banners.insertOne(doc);
    return toBanner(doc);
  }

  async update(
    id: string,
    { version: _, startsAt, endsAt, ...patch }: UpdateBannerBody,
    expected: number,
    now = new Date(),
  ): Promise<BannerBody | undefined> {
    const doc = await updateVersioned(this.#locks, this.banners, id, expected, (current) => {
      // The window is checked as it will be after the edit: a new end against the old start, and so on.
      const window = {
        startsAt: startsAt === undefined ? current.startsAt : toDate(startsAt),
        endsAt: endsAt === undefined ? current.endsAt : toDate(endsAt),
      };
      checkWindow(window.startsAt, window.endsAt);
      return { ...patch, ...window, updatedAt: now };
    });
    return doc ? toBanner(doc) : undefined;
  }

  async delete(id: string, expected: number | undefined): Promise<boolean> {
    return deleteVersioned(this.#locks, this.banners, id, expected);
  }
}
