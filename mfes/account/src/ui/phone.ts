/**
 * A phone number as a shopper types it, in the E.164 form the user service keeps: a ten-digit Indian
 * mobile number (with or without 0 or 91 in front, spaces or dashes) becomes +91…; a number with + stays.
 */
const e164 = /^\+[1-9][0-9]{7,14}$/;

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

export const phoneHint = 'A 10-digit mobile number, or + and the country code.';
export const phoneError = 'Enter a 10-digit mobile number, or a number starting with + and the country code.';
