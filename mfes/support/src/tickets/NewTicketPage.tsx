/**
 * Contact support (/support/tickets/new): subject, topic, the order it is about (optional) and the
 * message. Prefilled from the link that led here (?orderId= from an order page, ?subject= from a help
 * search that found nothing).
 */
import { type ApiError, supportApi, type TicketCategory, ticketCategories, toApiError } from '@emporium/api';
import { shopStore } from '@emporium/store';
import { BackLink, Field, FormAlert, PageHeader } from '@emporium/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../paths.ts';
import { categoryLabel } from '../ui/format.ts';
import { MessageField } from '../ui/MessageField.tsx';
import styles from './NewTicket.module.css';
import { checkDraft, type DraftErrors, limits, type TicketDraft, toNewTicket } from './ticket-form.ts';

export function NewTicketPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<TicketDraft>(() => {
    const orderId = params.get('orderId')?.slice(0, limits.orderId) ?? '';
    return {
      subject: params.get('subject')?.slice(0, limits.subject) ?? '',
      category: orderId ? 'order' : '',
      orderId,
      message: '',
    };
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  // Set by a refused submit; once the errors are on screen, the first field with one takes focus.
  const focusFirstError = useRef(false);

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const change = <K extends keyof TicketDraft>(key: K, value: TicketDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (errors[key]) setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkDraft(draft);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0 || !draft.category) {
      focusFirstError.current = true;
      return;
    }
    setSending(true);
    try {
      const ticket = await supportApi.createTicket(toNewTicket({ ...draft, category: draft.category }));
      shopStore.getState().pushToast({
        kind: 'success',
        message: `Ticket ${ticket.number} sent. We’ll reply on the ticket’s page.`,
      });
      navigate(paths.ticket(ticket.id), { state: { opened: true } });
    } catch (cause) {
      setFailure(toApiError(cause));
      setSending(false);
    }
  };

  return (
    <div className={styles.page}>
      <title>Contact support · Emporium</title>
      <BackLink to={paths.tickets}>Your support tickets</BackLink>
      <PageHeader
        title="Contact support"
        details={<p className={styles.lead}>Tell us what happened; a person from our team replies here.</p>}
      />
      <form ref={form} className={styles.form} onSubmit={send} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="visually-hidden">
          New support ticket
        </h2>
        {failure && (
          <FormAlert testId="ticket-error">
            We couldn’t send your ticket: {failure.message}
            {failure.requestId && ` (reference ${failure.requestId})`}
          </FormAlert>
        )}
        <Field
          label="Subject"
          value={draft.subject}
          onChange={(event) => change('subject', event.target.value)}
          error={errors.subject}
          required
          minLength={limits.subjectMin}
          maxLength={limits.subject}
          hint="A few words, for example: Parcel arrived damaged"
          autoComplete="off"
        />
        <div className={styles.select}>
          <label htmlFor={`${id}-category`} className={styles.label}>
            What is it about?
          </label>
          <select
            id={`${id}-category`}
            value={draft.category}
            onChange={(event) => change('category', event.target.value as TicketCategory | '')}
            required
            aria-invalid={errors.category ? true : undefined}
            aria-describedby={errors.category ? `${id}-category-error` : undefined}
            className={errors.category ? styles.invalid : undefined}
          >
            <option value="">Choose a topic</option>
            {ticketCategories.map((category) => (
              <option key={category} value={category}>
                {categoryLabel[category]}
              </option>
            ))}
          </select>
          {errors.category && (
            <p id={`${id}-category-error`} className={styles.error}>
              {errors.category}
            </p>
          )}
        </div>
        <Field
          label="Order reference"
          value={draft.orderId}
          onChange={(event) => change('orderId', event.target.value)}
          error={errors.orderId}
          maxLength={limits.orderId}
          hint="If it is about an order: filled in for you when you come from the order’s page."
          autoComplete="off"
          spellCheck={false}
        />
        <MessageField
          label="Message"
          value={draft.message}
          onChange={(event) => change('message', event.target.value)}
          error={errors.message}
          required
          maxLength={limits.message}
          rows={7}
          hint="What happened, and what you would like us to do."
        />
        <div className={styles.actions}>
          <button type="submit" className={`button-primary ${styles.submit}`} disabled={sending}>
            {sending ? 'Sending…' : 'Send to support'}
          </button>
          <Link to={paths.help} className={styles.cancel}>
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
