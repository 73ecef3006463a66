import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/cursor.ts';
import { ApiError } from '../src/errors.ts';

interface Payload {
  s: string;
  id: string;
}

/** The error `decodeCursor` throws for this cursor (it fails the test when it throws none). */
function refusal(cursor: string): ApiError {
  try {
    decodeCursor<Payload>(cursor);
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error(`cursor ${cursor} was accepted`);
}

describe('cursors', () => {
  it('carry their payload through an opaque, URL-safe string', () => {
    const cursor = encodeCursor<Payload>({ s: 'newest', id: 'ö/+?&=' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor<Payload>(cursor)).toEqual({ s: 'newest', id: 'ö/+?&=' });
  });

  it.each([
    ['not base64 JSON', 'not-base64-json'],
    ['JSON but not an object', Buffer.from('42').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
  ])('refuse %s with 400 INVALID_CURSOR', (_name, cursor) => {
    const err = refusal(cursor);
    expect(err.statusCode).toBe(400);
    expect(err.code).toBe('INVALID_CURSOR');
  });
});
