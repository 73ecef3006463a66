/**
 * A delivery address as the shopper types it, checked by the same rules the cart service applies, so
 * mistakes show next to their field instead of as one refusal after "Place order".
 */
import { type ShippingAddress, toE164 } from '@emporium/api';

export interface AddressDraft {
  name: string;
  phone: string;
  line1: string;
  line2: string;
  landmark: string;
  city: string;
  state: string;
  pincode: string;
}

export type AddressErrors = Partial<Record<keyof AddressDraft, string>>;

export const emptyDraft = (pincode = ''): AddressDraft => ({
  name: '',
  phone: '',
  line1: '',
  line2: '',
  landmark: '',
  city: '',
  state: '',
  pincode,
});

const mobile = /^\+91[6-9][0-9]{9}$/;
const pin = /^[1-9][0-9]{5}$/;

/**
 * The number in E.164 (the shared reading the account's address book uses too); what cannot be read is
 * kept as typed, for `validate` to refuse.
 */
function normalisePhone(phone: string): string {
  return toE164(phone) ?? phone.replace(/[\s()-]/g, '');
}

export function validate(draft: AddressDraft): AddressErrors {
  const errors: AddressErrors = {};
  const need = (field: keyof AddressDraft, label: string, max: number) => {
    const value = draft[field].trim();
    if (!value) errors[field] = `Enter ${label}`;
    else if (value.length > max) errors[field] = `Keep ${label} under ${max} characters`;
  };
  need('name', 'the full name', 100);
  need('line1', 'the house number and street', 200);
  need('city', 'the city', 80);
  need('state', 'the state', 80);
  if (draft.line2.trim().length > 200) errors.line2 = 'Keep this under 200 characters';
  if (draft.landmark.trim().length > 100) errors.landmark = 'Keep the landmark under 100 characters';
  if (!mobile.test(normalisePhone(draft.phone))) errors.phone = 'Enter a 10-digit Indian mobile number';
  if (!pin.test(draft.pincode.trim())) errors.pincode = 'Enter the 6-digit pincode';
  return errors;
}

/** The address as checkout takes it: trimmed, optional lines left out when empty. */
export function toShippingAddress(draft: AddressDraft): ShippingAddress {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const line2 = optional(draft.line2);
  const landmark = optional(draft.landmark);
  return {
    name: draft.name.trim(),
    phone: normalisePhone(draft.phone),
    line1: draft.line1.trim(),
    ...(line2 ? { line2 } : {}),
    ...(landmark ? { landmark } : {}),
    city: draft.city.trim(),
    state: draft.state.trim(),
    pincode: draft.pincode.trim(),
  };
}
