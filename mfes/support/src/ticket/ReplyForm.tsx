/**
 * Replying on an open ticket. A sent reply joins the conversation, the box empties and keeps focus, and
 * a polite live region says it was sent; a refusal (closed meanwhile, too long) is shown with the box.
 */
import { type ApiError, supportApi, type Ticket, toApiError } from '@emporium/api';
import { FormAlert } from '@emporium/ui';
import { type FormEvent, useRef, useState } from 'react';
import { limits } from '../tickets/ticket-form.ts';
import { MessageField } from '../ui/MessageField.tsx';
import styles from './TicketPage.module.css';

export function ReplyForm({ ticket, onReplied }: { ticket: Ticket; onReplied: (ticket: Ticket) => void }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setAnnouncement('');
    if (!body.trim()) {
      setError('Write your reply first.');
      box.current?.focus();
      return;
    }
    setSending(true);
    try {
      const updated = await supportApi.reply(ticket.id, body.trim());
      setBody('');
      setError(undefined);
      onReplied(updated);
      setAnnouncement('Reply sent. Support will answer here.');
      box.current?.focus();
    } catch (cause) {
      const problem = toApiError(cause);
      setFailure(problem);
      // Closed by support meanwhile: show the ticket as it is now (the form then gives way to the note).
      if (problem.code === 'TICKET_CLOSED')
        void supportApi.getTicket(ticket.id).then(onReplied, () => undefined);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className={styles.reply} onSubmit={send} noValidate aria-labelledby="reply-title">
      <h2 id="reply-title" className={styles.sectionTitle}>
        Reply
      </h2>
      {failure && (
        <FormAlert testId="reply-error">
          We couldn’t send your reply: {failure.message}
          {failure.requestId && ` (reference ${failure.requestId})`}
        </FormAlert>
      )}
      <MessageField
        ref={box}
        label="Your reply"
        hideLabel
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          if (error) setError(undefined);
        }}
        error={error}
        required
        maxLength={limits.message}
        rows={4}
        placeholder="Write a reply…"
        data-testid="reply-body"
      />
      <div className={styles.replyActions}>
        <p role="status" className={styles.sent} data-testid="reply-status">
          {announcement}
        </p>
        <button type="submit" className={`button-primary ${styles.send}`} disabled={sending}>
          {sending ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
