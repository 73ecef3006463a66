/**
 * A button that asks before doing something that can't be undone (cancel an order, close a ticket): a modal
 * <dialog> whose safe choice takes focus, closed by Escape or "keep". Confirming runs the action; while it
 * runs the button says so, if it fails the reason is shown in the dialog, and when it succeeds the dialog
 * closes and focus moves to `focusAfterConfirm`, because the opener usually disappears with the change.
 */
import { type ApiError, toApiError } from '@emporium/api';
import { type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import styles from './ConfirmDialog.module.css';

interface ConfirmDialogProps<T> {
  /** The button that opens the dialog. */
  opener: { label: ReactNode; className?: string; testId?: string };
  /** The dialog's heading and accessible name, a question. */
  title: ReactNode;
  /** What confirming does; the dialog's accessible description. */
  description: ReactNode;
  /** Extra fields between the description and the buttons (a reason to pick, say). */
  children?: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  /** The confirm button's text while the action runs ("Cancelling…"). */
  busyLabel: string;
  /** `danger` for destroying something, `brand` for an ordinary final step. */
  tone?: 'danger' | 'brand';
  /** The action. Throwing keeps the dialog open and shows the error. */
  onConfirm: () => Promise<T>;
  /** Runs with the action's result once the dialog has closed. */
  onConfirmed: (result: T) => void;
  /** Where focus goes after success: something that outlives the opener, such as the page's h1. */
  focusAfterConfirm: RefObject<HTMLElement | null>;
  confirmTestId?: string;
  keepTestId?: string;
  errorTestId?: string;
}

export function ConfirmDialog<T>({
  opener,
  title,
  description,
  children,
  keepLabel,
  confirmLabel,
  busyLabel,
  tone = 'danger',
  onConfirm,
  onConfirmed,
  focusAfterConfirm,
  confirmTestId,
  keepTestId,
  errorTestId,
}: ConfirmDialogProps<T>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const openerButton = useRef<HTMLButtonElement>(null);
  // Set while a successful confirm closes the dialog, so its close event leaves focus where we put it.
  const confirmed = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = useId();

  const open = () => {
    setError(null);
    dialog.current?.showModal();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    let result: T;
    try {
      result = await onConfirm();
    } catch (cause) {
      setError(toApiError(cause));
      setBusy(false);
      return;
    }
    confirmed.current = true;
    // close() hands focus back to the opener; focusing afterwards overrides that before the opener goes.
    dialog.current?.close();
    setBusy(false);
    onConfirmed(result);
    focusAfterConfirm.current?.focus();
  };

  const onClose = () => {
    if (confirmed.current) confirmed.current = false;
    else openerButton.current?.focus();
  };

  return (
    <>
      <button
        ref={openerButton}
        type="button"
        className={opener.className}
        onClick={open}
        data-testid={opener.testId}
      >
        {opener.label}
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onClose={onClose}
      >
        <h2 id={`${id}-title`} className={styles.title}>
          {title}
        </h2>
        <p id={`${id}-text`} className={styles.text}>
          {description}
        </p>
        {children}
        {error && (
          <p className={styles.error} role="alert" data-testid={errorTestId}>
            {error.message}
          </p>
        )}
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.keep}
            onClick={() => dialog.current?.close()}
            // biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens
            autoFocus
            data-testid={keepTestId}
          >
            {keepLabel}
          </button>
          <button
            type="button"
            className={`${styles.confirm} ${tone === 'danger' ? styles.danger : styles.brand}`}
            onClick={confirm}
            disabled={busy}
            data-testid={confirmTestId}
          >
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
