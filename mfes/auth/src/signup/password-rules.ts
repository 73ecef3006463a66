/** The user service's password rule (8 to 128 characters), checked as the shopper types. */
export const passwordRules = [
  { id: 'length', label: 'At least 8 characters', test: (p: string) => p.length >= 8 },
  { id: 'max', label: 'At most 128 characters', test: (p: string) => p.length <= 128 },
] as const;

export const passwordOk = (password: string) => passwordRules.every((rule) => rule.test(password));
