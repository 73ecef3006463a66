/**
 * The last pincode the shopper checked, remembered on this device (it is not personal enough to need an
 * account): the bag checks it again on the next visit and checkout suggests it for a new address.
 */
const key = 'emporium.pincode';
const valid = /^[1-9][0-9]{5}$/;

export function rememberedPincode(): string | null {
  try {
    const value = window.localStorage.getItem(key);
    return value && valid.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberPincode(pincode: string | null): void {
  try {
    if (pincode) window.localStorage.setItem(key, pincode);
    else window.localStorage.removeItem(key);
  } catch {
    // Storage refused (privacy modes): the check still works for this visit.
  }
}
