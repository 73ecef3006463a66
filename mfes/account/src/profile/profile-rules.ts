/**
 * The profile form's values, checked by the user service's rules (a name of 1 to 100 characters, a phone in
 * E.164), and turned into the smallest PATCH: only what changed, `phone: null` when it was cleared.
 */
import { type ProfileUpdate, toE164, type User } from '@emporium/api';
import { phoneError } from '../ui/phone.ts';

export interface ProfileDraft {
  name: string;
  phone: string;
}

export type ProfileErrors = Partial<Record<keyof ProfileDraft, string>>;

export const draftOf = (user: User): ProfileDraft => ({ name: user.name, phone: user.phone ?? '' });

export function validateProfile(draft: ProfileDraft): ProfileErrors {
  const errors: ProfileErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Enter your name.';
  else if (name.length > 100) errors.name = 'Keep your name to 100 characters.';
  if (draft.phone.trim() && !toE164(draft.phone)) errors.phone = phoneError;
  return errors;
}

/** What to send, or null when nothing changed. Call only with a draft that validates. */
export function profileChanges(user: User, draft: ProfileDraft): ProfileUpdate | null {
  const update: ProfileUpdate = {};
  const name = draft.name.trim();
  if (name !== user.name) update.name = name;
  const phone = draft.phone.trim() ? toE164(draft.phone) : null;
  if (phone !== user.phone) update.phone = phone;
  return Object.keys(update).length > 0 ? update : null;
}
