/**
 * What a shopper types as an email or a mobile number, read the way the user service wants it: emails
 * as typed (the service compares them lower-cased), phones in E.164. A ten-digit Indian mobile number
 * (with or without 0 or 91 in front, spaces or dashes) becomes +91…; a number with + is kept as it is.
 */
const e164 = /^\+[1-9][0-9]{7,14}$/;
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toE164(input: string): string | null {
  const compact = input.replace(/[\s()-]/g, '');
  if (compact.startsWith('+')) return e164.test(compact) ? compact : null;
  const indian = compact.match(/^(?:0|91)?([6-9][0-9]{9})$/);
  return indian ? `+91${indian[1]}` : null;
}

export function isEmail(input: string): boolean {
  return emailShape.test(input.trim());
}

/** An email or a phone, whichever the text is; null when it is neither. */
export function readContact(input: string): { email: string } | { phone: string } | null {
  const text = input.trim();
  if (text.includes('@')) return isEmail(text) ? { email: text } : null;
  const phone = toE164(text);
  return phone ? { phone } : null;
}
