/**
 * Phone numbers in the E.164 form the user, account and cart services keep. One reading for every MFE,
 * so sign-up, the address book and checkout accept (and refuse) the same typing.
 */
const e164 = /^\+[1-9][0-9]{7,14}$/;

/**
 * A number as a shopper types it, or null when it cannot be one: a ten-digit Indian mobile number (with
 * or without 0 or 91 in front, spaces, brackets or dashes) becomes +91…; a number with + is kept as it is.
 */
export function toE164(input: string): string | null {
  const compact = input.replace(/[\s()-]/g, '');
  if (compact.startsWith('+')) return e164.test(compact) ? compact : null;
  const indian = compact.match(/^(?:0|91)?([6-9][0-9]{9})$/);
  return indian ? `+91${indian[1]}` : null;
}

/** +919812345678 → "+91 98123 45678", as Indian numbers are read; others as they are. */
export function formatPhone(phone: string): string {
  const indian = phone.match(/^\+91([0-9]{5})([0-9]{5})$/);
  return indian ? `+91 ${indian[1]} ${indian[2]}` : phone;
}
