/**
 * What a shopper types as an email or a mobile number, read the way the user service wants it: emails
 * as typed (the service compares them lower-cased), phones in E.164 (read by the shared `toE164`).
 */
import { toE164 } from '@emporium/api';

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
