/** What the account pages say about phone numbers (read and shown by `toE164`/`formatPhone` of @emporium/api). */
export const phoneHint = 'A 10-digit mobile number, or + and the country code.';
export const phoneError = 'Enter a 10-digit mobile number, or a number starting with + and the country code.';
