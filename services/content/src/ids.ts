import { randomBytes } from 'node:crypto';

/** A new id for a banner, FAQ or media item: 16 lower-case hex characters, unguessable and URL-safe. */
export const newId = (): string => randomBytes(8).toString('hex');
