/**
 * Optimistic concurrency for admin edits. Every page, banner and FAQ carries a version that each change
 * increments; an edit names the version it started from (body `version` or `If-Match`), and the update is
 * one conditional write on that version, so of two admins editing at once the second gets a 409 instead
 * of silently overwriting the first. Edits of one document also run under its lock (the service kit's
 * document-lock.ts), because FerretDB does not isolate concurrent updates, also across instances.
 */
import { ApiError, badRequest, conflict, type DocumentLocks } from '@emporium/service-kit';
import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';

export interface Versioned extends Document {
  _id: string;
  version: number;
}

/** The version an edit is based on, from `If-Match` or the body; 428 when neither names one. */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  const fromHeader =
    ifMatch === undefined ? undefined : Number(ifMatch.replace(/^W\//, '').replace(/"/g, ''));
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw badRequest('VERSION_MISMATCH', 'If-Match and the body name different versions');
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined) {
    throw new ApiError(
      428,
      'VERSION_REQUIRED',
      'Send the version you are editing (body `version` or If-Match)',
    );
  }
  return version;
}

/** The version an optional `If-Match` names (deletes work without one). */
export function optionalVersion(ifMatch: string | undefined): number | undefined {
  return ifMatch === undefined ? undefined : expectedVersion(ifMatch, undefined);
}

export const versionConflict = (current: number) =>
  conflict(
    'VERSION_CONFLICT',
    `Someone else changed this since you loaded it (now at version ${current}); reload and edit again`,
  );

const editKey = (collection: { collectionName: string }, id: string) => `${collection.collectionName}:${id}`;

/**
 * Applies `change` (computed from the current document) if the document is still at `expected`.
 * Returns the updated document, or undefined when there is no such document.
 */
export function updateVersioned<T extends Versioned>(
  locks: DocumentLocks,
  collection: Collection<T>,
  id: string,
  expected: number,
  change: (current: T) => Partial<T>,
): Promise<T | undefined> {
  return locks.run(editKey(collection, id), () => applyVersioned(collection, id, expected, change));
}

async function applyVersioned<T extends Versioned>(
  collection: Collection<T>,
  id: string,
  expected: number,
  change: (current: T) => Partial<T>,
): Promise<T | undefined> {
  const byId = { _id: id } as Filter<T>;
  const current = (await collection.findOne(byId)) as T | null;
  if (!current) return undefined;
  if (current.version !== expected) throw versionConflict(current.version);
  const updated = await collection.findOneAndUpdate(
    { _id: id, version: expected } as Filter<T>,
    { $set: change(current), $inc: { version: 1 } } as unknown as UpdateFilter<T>,
    { returnDocument: 'after' },
  );
  if (updated) return updated as T;
  // Changed or deleted between the read and the write.
  const now = (await collection.findOne(byId)) as T | null;
  if (!now) return undefined;
  throw versionConflict(now.version);
}

/** Deletes the document, if `expected` is given only at that version. Returns false when it does not exist. */
export function deleteVersioned<T extends Versioned>(
  locks: DocumentLocks,
  collection: Collection<T>,
  id: string,
  expected: number | undefined,
): Promise<boolean> {
  return locks.run(editKey(collection, id), () => applyDelete(collection, id, expected));
}

async function applyDelete<T extends Versioned>(
  collection: Collection<T>,
  id: string,
  expected: number | undefined,
): Promise<boolean> {
  const filter = (expected === undefined ? { _id: id } : { _id: id, version: expected }) as Filter<T>;
  const { deletedCount } = await collection.deleteOne(filter);
  if (deletedCount === 1) return true;
  const current = (await collection.findOne({ _id: id } as Filter<T>)) as T | null;
  if (!current) return false;
  throw versionConflict(current.version);
}

/** The ETag of a version, for admin reads and writes. */
export const etag = (version: number) => `"${version}"`;
