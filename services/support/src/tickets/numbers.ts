import { randomInt } from 'node:crypto';

// No 0/O or 1/I: customers read ticket numbers out over the phone.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A ticket number customers can quote: SUP- and six characters (about a billion possibilities). */
export function newTicketNumber(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[randomInt(alphabet.length)];
  return `SUP-${code}`;
}
