/**
 * Order numbers customers read out on the phone: EM-<date>-<6 characters>, for example EM-20250614-7KQ2XM.
 * The date is the Indian calendar date; the characters avoid look-alikes (no 0/O, 1/I/L). A unique index
 * catches the rare collision and the caller draws again.
 */
import { randomInt } from 'node:crypto';

const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const istOffsetMs = 330 * 60_000;

export function orderNumber(now: Date = new Date()): string {
  const date = new Date(now.getTime() + istOffsetMs).toISOString().slice(0, 10).replaceAll('-', '');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += alphabet[randomInt(alphabet.length)];
  return `EM-${date}-${suffix}`;
}
