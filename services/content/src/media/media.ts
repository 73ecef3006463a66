/** Media metadata: what admins registered, newest first. */
import type { Collection, Db } from 'mongodb';
import { newId } from '../ids.ts';
import type { CreateMediaBody, MediaBody } from '../schemas/media.ts';

interface MediaDocument extends CreateMediaBody {
  _id: string;
  createdAt: Date;
  createdBy: string;
}

const toMedia = ({ _id, createdAt, ...rest }: MediaDocument): MediaBody => ({
  id: _id,
  ...rest,
  createdAt: createdAt.toISOString(),
});

export class MediaLibrary {
  readonly media: Collection<MediaDocument>;

  constructor(db: Db) {
    this.media = db.collection<MediaDocument>('media');
  }

  async list(limit: number): Promise<MediaBody[]> {
    const docs = await this.media.find().sort({ createdAt: -1, _id: 1 }).limit(limit).toArray();
    return docs.map(toMedia);
  }

  async create(input: CreateMediaBody, createdBy: string, now = new Date()): Promise<MediaBody> {
    const doc: MediaDocument = { _id: newId(), ...input, createdAt: now, createdBy };
    await this.media.insertOne(doc);
    return toMedia(doc);
  }
}
