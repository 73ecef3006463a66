/**
 * Recognising a unique-index violation. Services lean on unique indexes for every "exactly one of several
 * concurrent requests wins" (claims, locks, natural keys), because on FerretDB 1.24 (SQLite) an insert
 * checked by a unique index is the one write that stays atomic under concurrency. The violation arrives
 * in two shapes, and a check for only the first lets the second through as a 500.
 */
import { MongoServerError } from 'mongodb';

/**
 * True for a unique-index violation: E11000 on MongoDB and on FerretDB inserts; FerretDB 1.24 reports the
 * same violation by an update as an InternalError (code 1) carrying SQLite's message.
 */
export function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof MongoServerError)) return false;
  return err.code === 11000 || (err.code === 1 && /UNIQUE constraint failed/.test(err.message));
}
