/**
 * An address as the shopper types it, checked by the user service's own rules (services/user/src/schemas/
 * profile.ts: required lines up to 200 characters, city and state up to 100, a six-digit PIN code not
 * starting with 0, an E.164 phone), so mistakes show next to their field instead of as one refusal.
 */
import {
  type Address,
  type AddressInput,
  type AddressUpdate,
  addressPincodePattern,
  toE164,
} from '@emporium/api';
import { phoneError } from '../ui/phone.ts';

export interface AddressDraft {
  name: string;
  phone: string;
  line1: string;
  line2: string;
  landmark: string;
  pincode: string;
  city: string;
  state: string;
}

export type AddressField = keyof AddressDraft;
export type AddressErrors = Partial<Record<AddressField, string>>;

/** The order fields appear in, so the first problem is the one focus goes to. */
export const addressFields: readonly AddressField[] = [
  'name',
  'phone',
  'line1',
  'line2',
  'landmark',
  'pincode',
  'city',
  'state',
];

export const emptyDraft = (): AddressDraft => ({
  name: '',
  phone: '',
  line1: '',
  line2: '',
  landmark: '',
  pincode: '',
  city: '',
  state: '',
});

export const draftOf = (address: Address): AddressDraft => ({
  name: address.name,
  phone: address.phone,
  line1: address.line1,
  line2: address.line2,
  landmark: address.landmark,
  pincode: address.pincode,
  city: address.city,
  state: address.state,
});

export function validateAddress(draft: AddressDraft): AddressErrors {
  const errors: AddressErrors = {};
  const required = (field: AddressField, what: string, max: number) => {
    const value = draft[field].trim();
    if (!value) errors[field] = `Enter ${what}.`;
    else if (value.length > max) errors[field] = `Keep ${what} to ${max} characters.`;
  };
  const optional = (field: AddressField, max: number) => {
    if (draft[field].trim().length > max) errors[field] = `Keep this to ${max} characters.`;
  };
  required('name', 'the full name', 100);
  if (!toE164(draft.phone)) errors.phone = phoneError;
  required('line1', 'the house number and street', 200);
  optional('line2', 200);
  optional('landmark', 200);
  if (!addressPincodePattern.test(draft.pincode.trim()))
    errors.pincode = 'Enter the 6-digit PIN code (it does not start with 0).';
  required('city', 'the city or town', 100);
  required('state', 'the state', 100);
  return errors;
}

/** Trimmed, phone in E.164, optional lines left out when empty. Call only with a draft that validates. */
export function toAddressInput(draft: AddressDraft, makeDefault: boolean): AddressInput {
  const line2 = draft.line2.trim();
  const landmark = draft.landmark.trim();
  return {
    name: draft.name.trim(),
    phone: toE164(draft.phone) ?? draft.phone.trim(),
    line1: draft.line1.trim(),
    ...(line2 ? { line2 } : {}),
    ...(landmark ? { landmark } : {}),
    city: draft.city.trim(),
    state: draft.state.trim(),
    pincode: draft.pincode.trim(),
    ...(makeDefault ? { isDefault: true } : {}),
  };
}

/**
 * Only what changed (an emptied optional line is sent as '' to clear it), or null when nothing did. The
 * service refuses an empty PATCH, so "Save" on an untouched form simply closes it.
 */
export function addressChanges(
  address: Address,
  draft: AddressDraft,
  makeDefault: boolean,
): AddressUpdate | null {
  const wanted = toAddressInput(draft, false);
  const update: AddressUpdate = {};
  const fields = ['name', 'phone', 'line1', 'line2', 'landmark', 'city', 'state', 'pincode'] as const;
  for (const field of fields) {
    const value = wanted[field] ?? '';
    if (value !== address[field]) update[field] = value;
  }
  if (makeDefault && !address.isDefault) update.isDefault = true;
  return Object.keys(update).length > 0 ? update : null;
}

/** "12 MG Road, Near Metro, Bengaluru, Karnataka 560001": for labels that must name one address. */
export function oneLine(address: Address): string {
  return [address.line1, address.line2, address.landmark, address.city, `${address.state} ${address.pincode}`]
    .filter(Boolean)
    .join(', ');
}
