/**
 * Signing keys kept in the service's own database (collection signing_keys), for runs without
 * JWT_SIGNING_KEYS. Each key has a generation number under a unique index: the highest generation signs.
 * When several replicas start on an empty database, or two admins rotate at once, only one insert of the
 * next generation wins; the others get a duplicate-key error and read the winner's key.
 *
 * A key that is no longer active keeps verifying (and stays in the JWKS) for `retentionMs` after it was
 * replaced, which the caller sets to an access token's lifetime plus a margin; after that it is deleted.
 */
import { ensureIndexes, isDuplicateKey } from '@emporium/service-kit';
import type { Collection, Db, IndexDescription } from 'mongodb';
import { generateSigningKey, type PrivateJwk, type SigningKey, signingKeyFromJwk } from './key-material.ts';
import type { KeyRing, SigningKeyStore } from './key-ring.ts';

export interface SigningKeyDocument {
  /** The kid (RFC 7638 thumbprint). */
  _id: string;
  generation: number;
  privateJwk: PrivateJwk;
  createdAt: Date;
}

// Other replicas pick up a rotation within this time (tokens with the new kid reload at once).
const cacheMs = 30_000;
const maxKeysRead = 50;

// The index that makes "one key per generation" hold across replicas.
export const signingKeyIndexes: IndexDescription[] = [
  { key: { generation: 1 }, name: 'generation_unique', unique: true },
];

export function signingKeysCollection(db: Db): Collection<SigningKeyDocument> {
  return db.collection<SigningKeyDocument>('signing_keys');
}

export class StoredKeyStore implements SigningKeyStore {
  readonly rotatable = true;
  readonly #db: () => Db;
  readonly #retentionMs: number;
  readonly #imported = new Map<string, SigningKey>();
  #cached: { ring: KeyRing; loadedAt: number } | undefined;
  #loading: Promise<KeyRing> | undefined;
  #indexed = false;

  constructor(db: () => Db, retentionMs: number) {
    this.#db = db;
    this.#retentionMs = retentionMs;
  }

  get #keys(): Collection<SigningKeyDocument> {
    return signingKeysCollection(this.#db());
  }

  async ring(): Promise<KeyRing> {
    if (this.#cached && Date.now() - this.#cached.loadedAt < cacheMs) return this.#cached.ring;
    return this.#load();
  }

  async reload(minAgeMs: number): Promise<KeyRing> {
    if (this.#cached && Date.now() - this.#cached.loadedAt < minAgeMs) return this.#cached.ring;
    return this.#load();
  }

  async rotate(): Promise<KeyRing> {
    const [latest] = await this.#keys
      .find({}, { projection: { generation: 1 } })
      .sort({ generation: -1 })
      .limit(1)
      .toArray();
    await this.#insertGeneration((latest?.generation ?? 0) + 1);
    const ring = await this.#loadNow();
    await this.#deleteExpired(ring);
    return ring;
  }

  /** One load at a time; concurrent callers share it. */
  #load(): Promise<KeyRing> {
    this.#loading ??= this.#loadNow().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async #loadNow(): Promise<KeyRing> {
    let docs = await this.#read();
    if (docs.length === 0) {
      await this.#insertGeneration(1);
      docs = await this.#read();
    }
    const ring = await this.#toRing(docs);
    this.#cached = { ring, loadedAt: Date.now() };
    return ring;
  }

  #read(): Promise<SigningKeyDocument[]> {
    return this.#keys.find({}).sort({ generation: -1 }).limit(maxKeysRead).toArray();
  }

  /** Inserts a new key as the given generation; losing the race to another replica is fine. */
  async #insertGeneration(generation: number): Promise<void> {
    // A request can need a key before the start-up index creation has run; without the unique index two
    // replicas could both insert generation 1.
    if (!this.#indexed) {
      await ensureIndexes(this.#db(), { signing_keys: signingKeyIndexes });
      this.#indexed = true;
    }
    const { key, privateJwk } = await generateSigningKey();
    try {
      await this.#keys.insertOne({ _id: key.kid, generation, privateJwk, createdAt: new Date() });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  /** The newest key, then each older key whose successor is younger than the retention period. */
  #published(docs: readonly SigningKeyDocument[]): SigningKeyDocument[] {
    const cutoff = Date.now() - this.#retentionMs;
    const published: SigningKeyDocument[] = [];
    for (const [i, doc] of docs.entries()) {
      const successor = docs[i - 1];
      if (successor && successor.createdAt.getTime() <= cutoff) break;
      published.push(doc);
    }
    return published;
  }

  async #toRing(docs: readonly SigningKeyDocument[]): Promise<KeyRing> {
    const verifying: SigningKey[] = [];
    for (const doc of this.#published(docs)) {
      let key = this.#imported.get(doc._id);
      if (!key) {
        key = await signingKeyFromJwk(doc.privateJwk, `signing key ${doc._id}`);
        this.#imported.set(doc._id, key);
      }
      verifying.push(key);
    }
    const [active] = verifying;
    if (!active) throw new Error('no signing key could be loaded');
    return { active, verifying };
  }

  async #deleteExpired(ring: KeyRing): Promise<void> {
    const kept = new Set(ring.verifying.map((k) => k.kid));
    const oldest = await this.#keys.findOne({ _id: ring.verifying.at(-1)?.kid ?? '' });
    if (!oldest) return;
    // Few documents: one key per rotation, and everything older than the oldest published key goes.
    await this.#keys.deleteMany({ generation: { $lt: oldest.generation } });
    for (const kid of this.#imported.keys()) if (!kept.has(kid)) this.#imported.delete(kid);
  }
}
