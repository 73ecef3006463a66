import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react';
import styles from './Field.module.css';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Help shown under the input, read after the label. */
  hint?: ReactNode;
  /** The problem with the value; marks the input invalid and is read with it. */
  error?: string | undefined;
  /** Something beside the input, inside its frame (a show-password button). */
  addon?: ReactNode;
  /** The input itself (React 19 passes `ref` as a prop), e.g. to focus the first invalid field. */
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error wired up for assistive technology. */
export function Field({ label, hint, error, addon, className, ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`${styles.field} ${className ?? ''}`}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {!input.required && <span className={styles.optional}> (optional)</span>}
      </label>
      <div className={`${styles.control} ${error ? styles.invalid : ''}`}>
        <input
          id={id}
          className={styles.input}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        {addon}
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
