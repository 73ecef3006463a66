/**
 * Closing a ticket the customer no longer needs, behind a confirmation (a modal dialog: focus moves in,
 * Escape or "Keep it open" closes it), since a closed ticket takes no more replies.
 */
import { type ApiError, supportApi, type Ticket, toApiError } from '@emporium/api';
import { shopStore } from '@emporium/store';
import { useId, useRef, useState } from 'react';
import styles from './TicketPage.module.css';

export function CloseTicket({ ticket, onClosed }: { ticket: Ticket; onClosed: (ticket: Ticket) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = useId();

  if (ticket.status === 'closed') return null;

  const open = () => {
    setError(null);
    dialog.current?.showModal();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const closed = await supportApi.closeTicket(ticket.id);
      dialog.current?.close();
      shopStore.getState().pushToast({ kind: 'success', message: `Ticket ${ticket.number} is closed.` });
      onClosed(closed);
    } catch (cause) {
      setError(toApiError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button ref={opener} type="button" className={styles.close} onClick={open} data-testid="close-ticket">
        Close ticket
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-title`} className={styles.dialogTitle}>
          Close ticket {ticket.number}?
        </h2>
        <p id={`${id}-text`} className={styles.dialogText}>
          Close it if your question is answered. A closed ticket takes no more replies; you can always open a
          new one.
        </p>
        {error && (
          <p className={styles.dialogError} role="alert">
            {error.message}
          </p>
        )}
        <div className={styles.dialogActions}>
          {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens */}
          <button type="button" className={styles.keep} onClick={() => dialog.current?.close()} autoFocus>
            Keep it open
          </button>
          <button
            type="button"
            className={styles.confirm}
            onClick={confirm}
            disabled={busy}
            data-testid="confirm-close"
          >
            {busy ? 'Closing…' : 'Close ticket'}
          </button>
        </div>
      </dialog>
    </>
  );
}
