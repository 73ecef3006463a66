import { type ReactNode, type Ref, type TextareaHTMLAttributes, useId } from 'react';
import styles from './Field.module.css';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  /** Help shown under the text area, read after the label. */
  hint?: ReactNode;
  /** The problem with the value; marks the text area invalid and is read with it. */
  error?: string | undefined;
  /** The text area itself, e.g. to focus it when it is invalid. */
  ref?: Ref<HTMLTextAreaElement>;
}

/** Field's multi-line sibling (a review, a ticket message): same label, hint and error wiring. */
export function TextAreaField({ label, hint, error, className, rows = 5, ...textarea }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`${styles.field} ${className ?? ''}`}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {!textarea.required && <span className={styles.optional}> (optional)</span>}
      </label>
      <div className={`${styles.control} ${error ? styles.invalid : ''}`}>
        <textarea
          id={id}
          rows={rows}
          className={`${styles.input} ${styles.multiline}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...textarea}
        />
      </div>
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
