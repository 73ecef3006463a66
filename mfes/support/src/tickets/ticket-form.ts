/** The new-ticket form's values and the service's rules for them (services/support/src/schemas.ts). */
import type { NewTicket, TicketCategory } from '@emporium/api';

export interface TicketDraft {
  subject: string;
  category: TicketCategory | '';
  orderId: string;
  message: string;
}

export type DraftErrors = Partial<Record<keyof TicketDraft, string>>;

export const limits = { subjectMin: 3, subject: 140, orderId: 64, message: 5000 } as const;
const orderIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** What is wrong, per field, in the form's order; empty when the draft can be sent. */
export function checkDraft(draft: TicketDraft): DraftErrors {
  const errors: DraftErrors = {};
  const subject = draft.subject.trim();
  if (!subject) errors.subject = 'Enter a subject.';
  else if (subject.length < limits.subjectMin) errors.subject = 'Use at least 3 characters.';
  if (!draft.category) errors.category = 'Choose what it is about.';
  const orderId = draft.orderId.trim();
  if (orderId && !orderIdPattern.test(orderId)) {
    errors.orderId = 'Use the order reference as shown on the order’s page (letters, digits, - and _).';
  }
  if (!draft.message.trim()) errors.message = 'Tell us what happened.';
  return errors;
}

/** The request body: trimmed, without an empty order reference (the service rejects empty strings). */
export function toNewTicket(draft: TicketDraft & { category: TicketCategory }): NewTicket {
  const orderId = draft.orderId.trim();
  return {
    subject: draft.subject.trim(),
    category: draft.category,
    ...(orderId ? { orderId } : {}),
    message: draft.message.trim(),
  };
}
